package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A cue verb whose subject states nothing (GUIDELINES.md: a claim is an attributed statement). Negated, the verb
 * reports that nothing was said ("he did not say when ...", "the ministry did not confirm whether ...", "they have
 * never said that ..."): switch {@code claims.negated-cue}. Passive with no agent, its subject is what is spoken of,
 * not who speaks ("the group is accused of ...", "soldiers are said to be missing", "it was announced that ..."):
 * switch {@code claims.passive-cue}; "X was quoted as saying" keeps its speaker, and a passive with a by-agent
 * ("was accused by the ministry of ...") has one. Read from the dependency parse of the cue verb only.
 */
final class UnassertedCue {

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nt");
	private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "get", "got",
			"gets", "getting");

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
		if (passive(s, v) && Mechanisms.on("claims.passive-cue")) {
			Mechanisms.fired("claims.passive-cue", count ? 1 : 0);
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

	static boolean passive(ParsedSentence s, int v) {
		if (s.word(v).toLowerCase(Locale.ROOT).startsWith("quot") || !s.children(v, "obl:agent").isEmpty()) {
			return false;
		}
		for (int a : s.children(v, "aux:pass")) {
			if (a < v && BE.contains(s.word(a).toLowerCase(Locale.ROOT)) && onlyAuxiliariesBetween(s, a, v)) {
				return true; // "is accused", "has been accused", "can be confirmed", "are not said"
			}
		}
		return false;
	}

	/** The parser may hang a far "is" on the cue; the auxiliary must stand right before it, adverbs aside. */
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
