package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The secondary predicate of a verb's object as a phrase after the verb for the PETRARCH patterns
 * ({@code relations.secondary-predicates}): "held X responsible", "declared X persona non grata", "called X a
 * threat" — an adjective or noun the parse hangs on the verb as {@code xcomp} describes the object, and the
 * dictionary's patterns ("HOLD * RESPONSIBLE" [112]) name it after the object as they name any later phrase. Without
 * it a pattern matched only when the parse made the predicate an oblique. Stateless.
 */
final class SecondaryPredicates {

	static final String NAME = "relations.secondary-predicates";

	private SecondaryPredicates() {
	}

	/** The non-verbal {@code xcomp} dependents of the verb {@code v} after it (empty when switched off). */
	static List<Integer> of(ParsedSentence s, int v) {
		List<Integer> out = new ArrayList<>(1);
		for (int c : s.children(v, "xcomp")) {
			String pos = s.pos(c);
			if (c > v && (pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN"))) {
				out.add(c);
			}
		}
		if (out.isEmpty() || !Mechanisms.on(NAME)) {
			return List.of();
		}
		Mechanisms.fired(NAME, 1); // clauses with a secondary predicate, matched by a pattern or not
		return out;
	}
}
