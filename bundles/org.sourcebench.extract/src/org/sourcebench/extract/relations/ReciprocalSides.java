package org.sourcebench.extract.relations;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A reciprocal object (switch {@code relations.reciprocal-objects}): a verb whose object is "each other" or "one
 * another" relates its coordinated or plural subjects to each other, both ways, whatever the verb ("Israel and
 * Hezbollah accuse each other of violating the truce", "India and Pakistan blamed each other"); so does "each
 * other" as the owner of the object ("condemned each other's attacks") or in a target phrase ("fired at each other").
 * Without it the phrase names no actor and the event has no target. Stateless.
 */
final class ReciprocalSides {

	static final String NAME = "relations.reciprocal-objects";
	private static final boolean ON = Mechanisms.on(NAME);

	private ReciprocalSides() {
	}

	/** Whether the phrase headed by {@code o} is "each other" or "one another". */
	static boolean reciprocal(ParsedSentence s, int o) {
		if (!ON || o + 1 >= s.size()) {
			return false;
		}
		String w = s.word(o).toLowerCase(Locale.ROOT);
		String next = s.word(o + 1).toLowerCase(Locale.ROOT);
		return w.equals("each") && next.equals("other") || w.equals("one") && next.equals("another");
	}

	/** Whether the phrase headed by {@code o} is owned by "each other" ("each other's attacks"). */
	static boolean owner(ParsedSentence s, int o) {
		for (int c : s.children(o, "nmod:poss")) {
			if (reciprocal(s, c)) {
				return true;
			}
		}
		return false;
	}
}
