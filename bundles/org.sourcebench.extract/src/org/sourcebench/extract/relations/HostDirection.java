package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;

/**
 * Hosting runs one way ({@code relations.host-direction}), as the annotators enter it (study gold: all 11
 * consultations stated by hosting are entered one way, host to guest): hosting (CAMEO 043, the verb "host") is the
 * host's act toward its guest ("X hosted Y": X to Y), not a mutual meeting the dictionary's 043 makes of it. Other
 * codes keep the direction their table gives. Likewise the word-window reader's agent of a mutual event word whose
 * targets are its "between" phrase ("Turkey has hosted a series of talks between Ethiopia and Somalia", "the UN
 * welcomed talks between X and Y") is no party of it: the parties meet each other, and what the agent does toward
 * them its own verb tells (hosting: one way). (Gold enters visits, 042, both ways, 16 of 17; mirroring the engine's
 * visits added seven wrong relations for one right on study, so they keep their one way.) Stateless.
 */
final class HostDirection {

	/** The switch. */
	static final String NAME = "relations.host-direction";

	private HostDirection() {
	}

	/**
	 * Whether an event of {@code code} anchored at a word of lemma {@code lemma}, which the tables make mutual or not
	 * ({@code symmetric}), is entered in both directions.
	 */
	static boolean mirrored(String code, String lemma, boolean symmetric) {
		if (!symmetric || !Mechanisms.on(NAME) || !(code.startsWith("043") || "host".equals(lemma))) {
			return symmetric;
		}
		Mechanisms.fired(NAME, 1);
		return false;
	}

	/** The event word, at most three more words, "between" (and an article) before the first target. */
	private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile("\\S*(?:\\s+\\S+){0,3}?\\s+between\\s+(?:the\\s+)?");

	/**
	 * Whether the targets of a mutual event word starting at {@code trigger} are its "between" phrase ("talks between
	 * Y and Z", "talks held between Y and Z"; {@code first} the first target's start): then the word's agent before it
	 * is no party, and the parties meet each other.
	 */
	static boolean between(String text, int trigger, int first) {
		if (!Mechanisms.on(NAME) || first <= trigger || first - trigger > 80
				|| !BETWEEN.matcher(text).region(trigger, first).matches()) {
			return false;
		}
		Mechanisms.fired(NAME, 1);
		return true;
	}
}
