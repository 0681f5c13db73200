package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * "blamed X for Y" is an accusation as "accused X of Y" is (DECISIONS C2: "accused/blamed X of/for Y", the claim text
 * starts at the object, "X for Y"): the claim of a verb with the claim-words.tsv frame {@code obj-for} is its object
 * and the for- (or of-) complement after it that holds a verb ("blamed the rebels for provoking the clashes"), however
 * the parser attached it. Switch {@code claims.blame-frame}.
 */
final class BlameFrame {

	private static final Set<String> PREPOSITIONS = Set.of("for", "of");

	private BlameFrame() {
	}

	/** The tokens of the object and its for-complement of verb {@code v}, or null. */
	static int[] objectAndFor(ParsedSentence s, int v) {
		if (!Mechanisms.on("claims.blame-frame")) {
			return null;
		}
		for (int o : s.children(v, "obj")) {
			if (o < v) {
				continue;
			}
			int end = s.subtree(o)[1];
			int begin = s.subtree(o)[0];
			int prep = -1;
			for (int i = o + 1; i <= end; i++) {
				if (PREPOSITIONS.contains(s.word(i).toLowerCase(Locale.ROOT))) {
					prep = i; // the parser hung "for ..." on the object
					break;
				}
			}
			if (prep < 0 && end + 1 < s.size() && PREPOSITIONS.contains(s.word(end + 1).toLowerCase(Locale.ROOT))) {
				prep = end + 1;
				for (int x : s.children(v)) {
					int[] xs = s.subtree(x);
					if (xs[0] <= prep && prep <= xs[1]) {
						end = Math.max(end, xs[1]); // "for ..." on the verb
					}
				}
			}
			if (prep < 0 || prep + 1 > end || !verbAfter(s, prep, end)) {
				return null;
			}
			Mechanisms.fired("claims.blame-frame", 1);
			return new int[] {begin, end};
		}
		return null;
	}

	/** Whether a verb (a gerund: "for sheltering") stands within two tokens after the preposition. */
	private static boolean verbAfter(ParsedSentence s, int prep, int end) {
		for (int i = prep + 1; i <= Math.min(end, prep + 3); i++) {
			if (s.pos(i).equals("VERB")) {
				return true;
			}
		}
		return false;
	}
}
