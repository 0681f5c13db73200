package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The object two coordinated verbs share ({@code relations.shared-object}): in "X rejected and condemned Y", "X
 * discussed and negotiated with Y", "X severed or reduced relations with Y" the parse hangs the shared object or
 * phrase on the last verb only, and the first verb, an event of its own, has no target. A verb with no object takes
 * those of the verb coordinated right after it, when that verb has no subject of its own and only a conjunction,
 * adverbs or a comma stand between them. Stateless.
 */
final class SharedObject {

	static final String NAME = "relations.shared-object";

	/** Prepositions whose phrase may be the shared target (as the reader's own target cases). */
	private static final Set<String> CASES = Set.of("with", "against", "at", "to", "toward", "towards", "on");
	/** Words between the two verbs, at most. */
	private static final int GAP = 4;

	private SharedObject() {
	}

	/** The objects and target phrases of the verb coordinated right after {@code v}; empty if none qualifies. */
	static List<Integer> of(ParsedSentence s, int v) {
		List<Integer> out = new ArrayList<>();
		if (!Mechanisms.on(NAME)) {
			return out;
		}
		for (int c : s.children(v, "conj")) {
			if (c <= v || c - v > GAP + 1 || !s.pos(c).equals("VERB") || !s.children(c, "nsubj").isEmpty()
					|| !s.children(c, "nsubj:pass").isEmpty() || !between(s, v, c)) {
				continue;
			}
			for (int d : s.children(c)) {
				String rel = s.deprel(d);
				if (rel.equals("obj") || rel.startsWith("obl") && CASES.contains(EventCoder.Clause.caseWord(s, d))) {
					out.add(d);
				}
			}
			if (!out.isEmpty()) {
				Mechanisms.fired(NAME, 1);
				return out;
			}
		}
		return out;
	}

	/** Whether only a conjunction, adverbs, a particle or a comma stand between {@code v} and {@code c}. */
	private static boolean between(ParsedSentence s, int v, int c) {
		for (int t = v + 1; t < c; t++) {
			String p = s.pos(t);
			boolean plain = p.equals("CCONJ") || p.equals("ADV") || p.equals("PUNCT") && s.word(t).equals(",")
					|| p.equals("ADP") && s.head(t) == v && s.children(t).isEmpty();
			if (!plain || s.deprel(t).equals("advmod") && s.word(t).toLowerCase(java.util.Locale.ROOT).matches("not|never|n't")) {
				return false;
			}
		}
		return true;
	}
}
