package org.sourcebench.extract.claims;

import org.sourcebench.extract.Mechanisms;

/**
 * A possessor before a named speaker ("Uganda's president Yoweri Museveni", "Kenya's Ruto") modifies the name: the
 * speaker is the head of the phrase, the person named after the possessive, not the state or body before it
 * (GUIDELINES: a named officer speaks for himself; DECISIONS A2: the body appears only in the title). Switch
 * {@code claims.possessive-head}.
 */
final class PossessiveHead {

	private PossessiveHead() {
	}

	/**
	 * The gap between two actor mentions without a possessive ending opening it ("’s president " → " president "),
	 * so that the title chain of a subject phrase passes over it; the gap unchanged when the switch is off or there is
	 * none.
	 */
	static String afterPossessive(String gap) {
		if (!(gap.startsWith("'s ") || gap.startsWith("\u2019s ")) || !Mechanisms.on("claims.possessive-head")) {
			return gap;
		}
		Mechanisms.fired("claims.possessive-head", 1);
		return gap.substring(2);
	}
}
