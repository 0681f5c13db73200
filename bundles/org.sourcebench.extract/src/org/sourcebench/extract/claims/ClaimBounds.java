package org.sourcebench.extract.claims;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * Which side of a cue holds what was said, from the words after the cue ({@code claims.complement-after}):
 * "Appearing on “Fox &amp; Friends,” X claimed the boat ...", "Later in the evening, X told the media, “...”": a cue
 * whose complement follows it (a parsed clausal complement with its own subject, or a quotation right after the
 * cue's adjuncts and a comma) reports what follows, not the opening before its subject. (The fifteenth session's
 * {@code claims.subject-phrase}, revived in the sixteenth, lowered select again and was removed.)
 */
final class ClaimBounds {

	/** Words of adjunct allowed between a cue and a comma before its quotation ("said on Thursday, “...”"). */
	private static final int MAX_TAIL = 60;

	private ClaimBounds() {
	}

	/**
	 * Where the complement after a non-inverted cue begins when one follows it (so the text before the subject is no
	 * content): the opening mark of a quotation after the cue's short tail and a comma, or the parsed clausal
	 * complement; -1 when none does, or when the text before the subject is a quotation opening the sentence.
	 */
	static int complementAfter(String t, CueHit h, int sentenceBegin, int sentenceEnd, int phraseBegin) {
		if (h.inverted || h.participle || h.speaker == null || quotationOpensSentence(t, sentenceBegin, phraseBegin)) {
			return -1;
		}
		int at = -1;
		int comma = t.indexOf(',', h.end);
		if (comma > 0 && comma < sentenceEnd && comma - h.end <= MAX_TAIL && t.substring(h.end, comma).indexOf('"') < 0) {
			int q = TextCursor.of(t).skipSpaces(comma + 1);
			if (q < sentenceEnd && t.charAt(q) == '"') {
				at = q;
			}
		}
		if (at < 0 && h.onlyAdjunctsBefore && h.complementBegin > h.end && h.complementBegin < sentenceEnd
				&& t.substring(h.end, h.complementBegin).indexOf('"') < 0
				&& t.substring(h.end, h.complementBegin).indexOf(',') < 0) {
			at = h.complementBegin;
		}
		if (at < 0 || !Mechanisms.on("claims.complement-after")) {
			return -1;
		}
		Mechanisms.fired("claims.complement-after", 1);
		return at;
	}

	/**
	 * Whether a quotation closes right before the speaker's phrase and opens the sentence (or an earlier one): "“...,”
	 * he said, “...”" keeps its first quotation; "Appearing on “Fox &amp; Friends,” X claimed ..." has none.
	 */
	private static boolean quotationOpensSentence(String t, int sentenceBegin, int phraseBegin) {
		int b = TextCursor.of(t).skipSpaces(sentenceBegin);
		int i = TextCursor.of(t).skipSpacesBack(phraseBegin);
		if (i < 2 || t.charAt(i - 1) != '"') {
			return false;
		}
		if (b < t.length() && t.charAt(b) == '"') {
			return true;
		}
		for (int k = b; k < i - 1; k++) {
			if (t.charAt(k) == '"') {
				return false;
			}
		}
		return true; // the quotation opened in an earlier sentence
	}
}
