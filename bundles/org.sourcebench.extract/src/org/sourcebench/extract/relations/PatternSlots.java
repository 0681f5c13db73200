package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * What fills the slots a PETRARCH pattern puts after its verb ({@code relations.pattern-slots}): phrases after the
 * verb, and in each the words of the phrase itself, not of a clause inside it. "- * &amp;CEASEFIRE" [0871] reads "X
 * announced a ceasefire", not "After the ceasefire expired, X announced new operations" (the parse hangs a fronted
 * adjunct on the verb as it hangs the phrases after it), and "- * DEAL" [060] reads "X announced a deal with Y", not
 * "X cited Y, which signed the deal" (a relative clause inside the object). Stateless.
 */
final class PatternSlots {

	static final String NAME = "relations.pattern-slots";
	/** Relations that open a clause inside a phrase: its words are not the phrase's. */
	private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis",
			"dep");

	private PatternSlots() {
	}

	static boolean on() {
		return Mechanisms.on(NAME);
	}

	/**
	 * The items of {@code items} (phrase heads, or {case, head} pairs) whose head follows the verb {@code v}; all of
	 * them when switched off.
	 */
	static <T> List<T> after(int v, List<T> items, ToIntFunction<T> head) {
		if (!on()) {
			return items;
		}
		List<T> out = new ArrayList<>(items.size());
		for (T item : items) {
			if (head.applyAsInt(item) > v) {
				out.add(item);
			}
		}
		return out;
	}

	/** Whether token {@code t} under the phrase head {@code h} sits in a clause inside the phrase (never when off). */
	static boolean inClause(ParsedSentence s, int h, int t) {
		if (!on()) {
			return false;
		}
		for (int x = t; x != h && x >= 0; x = s.head(x)) {
			if (CLAUSES.contains(s.deprel(x))) {
				return true;
			}
		}
		return false;
	}

	/** Counts a pattern these limits kept from matching. */
	static void heldBack() {
		Mechanisms.fired(NAME, 1);
	}
}
