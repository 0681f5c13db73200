package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A cue verb whose subject states nothing (GUIDELINES.md: a claim is an attributed statement): negated, the verb
 * reports that nothing was said ("he did not say when ...", "the ministry did not confirm whether ...", "they have
 * never said that ..."); switch {@code claims.negated-cue}. Read from the dependency parse of the cue verb only: the
 * negation must stand right before it, auxiliaries and adverbs aside. (The thirteenth session's passive rule, "X is
 * accused of ...", was measured and deleted: it cost a right claim on check.)
 */
final class UnassertedCue {

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nt");

	private UnassertedCue() {
	}

	/** Whether the cue verb at token {@code v} states nothing its subject said; {@code count}: count the firing. */
	static boolean unasserted(ParsedSentence s, int v, boolean count) {
		if (v < 0 || !s.pos(v).equals("VERB")) {
			return false;
		}
		if (negated(s, v) && Mechanisms.on("claims.negated-cue")) {
			Mechanisms.fired("claims.negated-cue", count ? 1 : 0);
			return true;
		}
		return false;
	}

	static boolean negated(ParsedSentence s, int v) {
		for (int c : s.children(v, "advmod")) {
			if (c < v && NEGATIONS.contains(s.word(c).toLowerCase(Locale.ROOT).replace('\u2019', '\''))
					&& onlyAuxiliariesBetween(s, c, v)) {
				return true;
			}
		}
		return false;
	}

	/** The parser may hang a far "not" on the cue; the negation must stand right before it, auxiliaries aside. */
	private static boolean onlyAuxiliariesBetween(ParsedSentence s, int a, int v) {
		for (int i = a + 1; i < v; i++) {
			String pos = s.pos(i);
			if (!pos.equals("AUX") && !pos.equals("ADV") && !pos.equals("PART")) {
				return false;
			}
		}
		return true;
	}
}
