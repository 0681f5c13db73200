package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A denial whose object is only a claim noun ("Ortega denied the accusation", "the ministry denies these
 * allegations") refers back to someone else's claim and states nothing of its own: no claim (GUIDELINES.md, no
 * reactions with no content; switch {@code claims.contentless-object}). A claim noun with its content stays a claim
 * ("denied reports that the commander was the target", "denied the reports of troop movements").
 */
final class ContentlessObject {

	/** Dependents that give a claim noun its content: a clause or a prepositional phrase. */
	private static final Set<String> CONTENT = Set.of("acl", "acl:relcl", "ccomp", "nmod", "appos");

	private ContentlessObject() {
	}

	/** Whether object {@code o} is a bare claim noun; counts the firing. */
	static boolean bare(ParsedSentence s, int o, Set<String> claimNouns) {
		String lemma = s.lemma(o) == null || s.lemma(o).equals("_") ? s.word(o) : s.lemma(o);
		if (!claimNouns.contains(lemma.toLowerCase(Locale.ROOT)) || !Mechanisms.on("claims.contentless-object")) {
			return false;
		}
		for (int c : s.children(o)) {
			if (CONTENT.contains(s.deprel(c))) {
				return false;
			}
		}
		Mechanisms.fired("claims.contentless-object", 1);
		return true;
	}
}
