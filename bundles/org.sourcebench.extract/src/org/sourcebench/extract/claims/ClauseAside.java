package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * An attribution set as an aside inside the clause it attributes (switch {@code claims.clause-aside}): "Nairobi, he
 * said, will keep pressing for talks", "The new rules, the minister said, included limits on ...", "Yet, Ruto said,
 * the region remained calm". What stands before the aside is no clause of its own (a short subject with no
 * auxiliary, or a lone connective), so what was said is the rest of the clause after the aside, not the words before
 * it. The rest must open with an auxiliary or a past-tense verb (after a subject) or be any clause (after a
 * connective); "..., he said, at times addressing ..." and "..., the witness said, before ..." stay as they were.
 */
final class ClauseAside {

	/** Most words a subject before the aside may have. */
	private static final int SUBJECT_WORDS = 5;
	private static final Set<String> CONNECTIVES = Set.of("yet", "however", "but", "still", "meanwhile", "moreover",
			"furthermore", "nonetheless", "nevertheless", "instead", "indeed");
	private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
			"would", "can", "could", "should", "must", "may", "might", "did", "does", "do", "remains", "remained");

	private ClauseAside() {
	}

	/**
	 * The claim after the aside: {@code sentenceBegin..phraseBegin} is what precedes the speaker phrase, {@code after}
	 * the first character after the cue (a comma); null when the aside closes its own clause.
	 */
	static int[] claimAfter(String t, int sentenceBegin, int phraseBegin, int after, int sentenceEnd) {
		if (after >= t.length() || t.charAt(after) != ',' || !Mechanisms.on("claims.clause-aside")) {
			return null;
		}
		String before = t.substring(sentenceBegin, phraseBegin).strip();
		if (!before.endsWith(",") || before.indexOf('"') >= 0 || before.indexOf('\u201c') >= 0
				|| before.indexOf('\u201d') >= 0) {
			return null;
		}
		String[] words = before.substring(0, before.length() - 1).strip().split("\\s+");
		TextCursor c = TextCursor.of(t);
		int rest = c.skipSpaces(after + 1);
		String first = c.nextWord(rest);
		if (first.isEmpty() || !Character.isLetter(first.charAt(0))) {
			return null;
		}
		boolean connective = words.length == 1 && CONNECTIVES.contains(words[0].toLowerCase(Locale.ROOT));
		if (!connective) {
			if (words.length > SUBJECT_WORDS || !Character.isLowerCase(first.charAt(0))
					|| !AUXILIARIES.contains(first) && !first.endsWith("ed")) {
				return null;
			}
			for (String w : words) {
				if (AUXILIARIES.contains(w.toLowerCase(Locale.ROOT))) {
					return null;
				}
			}
		}
		int[] span = ClaimText.trim(t, rest, sentenceEnd);
		if (span == null || span[1] <= span[0]) {
			return null;
		}
		Mechanisms.fired("claims.clause-aside", 1);
		return span;
	}
}
