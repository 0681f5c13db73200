package org.sourcebench.extract.actors;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.nlp.AnalyzedText;

/**
 * Coast guards (mechanism {@code actors.coastGuards}): institutions.tsv's row "Coast Guard" makes "Ruritania's coast
 * guard", "the Ruritanian coastguard" and "Ruritania Coast Guard" one actor of their own, "&lt;adjective&gt; Coast
 * Guard", apart from the country's armed forces (GUIDELINES.md: armed forces named as such are separate actors;
 * actor-words.tsv class branch), where the agent dictionary made a lower-case "coast guard" the armed forces. A
 * branch written in lower case right before a noun modifies it ("Ruritanian coast guard vessels") and names no actor.
 * Stateless.
 */
final class BranchInstitutions {

	private BranchInstitutions() {
	}

	/** Whether the institution match {@code m} names no actor here. */
	static boolean skip(AnalyzedText text, PhraseIndex.Match<Institution> m) {
		if (!m.value().canonical().equals("Coast Guard")) {
			return false;
		}
		if (!Mechanisms.on("actors.coastGuards")) {
			return true;
		}
		String t = text.matchText();
		int last = text.tokenAt(m.end() - 1);
		if (Character.isLowerCase(t.charAt(m.begin())) && last >= 0 && last + 1 < text.tokens().size()
				&& "NOUN".equals(text.pos(last + 1))) {
			return true;
		}
		Mechanisms.fired("actors.coastGuards", 1);
		return false;
	}
}
