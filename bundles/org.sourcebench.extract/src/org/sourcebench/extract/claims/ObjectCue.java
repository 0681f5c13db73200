package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * "The army reported three civilian deaths", "the ministry confirmed the strike on the camp", "the group claimed
 * responsibility for the attack", "the agency reported Israeli forces stormed ...": a clause cue of claim-words.tsv's
 * object list with no that-clause still reports its bare object (or bare clause), which is the claim; not after a
 * passive auxiliary ("was reported") or a comma ("..., reported the agency"), nor when a preposition, an adverb of
 * time or a lone pronoun follows the cue (claims.object-cues).
 */
final class ObjectCue {

	private static final Set<String> OBJECT_CUES = ClaimWords.get().list("object");
	private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "being", "widely",
			"not");
	private static final Set<String> NOT_AN_OBJECT = Set.of("on", "in", "at", "to", "by", "as", "from", "with", "for",
			"about", "after", "before", "during", "over", "earlier", "later", "late", "last", "this", "yesterday",
			"today", "it", "them", "these", "those", "him", "her", "so", "no", "having", "being", "its", "their");
	private static final Set<String> PRONOUN_ENDS = Set.of(".", ",", ";", ":", "");

	private ObjectCue() {
	}

	/** Whether the cue of {@code h}, read where its claim would begin at {@code begin}, reports its bare object. */
	static boolean reportsObject(String t, CueHit h, int begin) {
		if (!OBJECT_CUES.contains(h.cue.lemma()) || h.form.toLowerCase(Locale.ROOT).endsWith("ing")
				|| !Mechanisms.on("claims.object-cues")) {
			return false;
		}
		TextCursor c = TextCursor.of(t);
		int back = c.skipSpacesBack(h.begin);
		if (back > 0 && t.charAt(back - 1) == ',') {
			return false; // "..., reported The Sydney Herald": after a comma the cue's object is its speaker
		}
		if (PASSIVE.contains(c.previousWord(h.begin).toLowerCase(Locale.ROOT))) {
			return false;
		}
		String first = c.nextWord(begin).toLowerCase(Locale.ROOT);
		if (first.isEmpty() || NOT_AN_OBJECT.contains(first) || !Character.isLetterOrDigit(first.charAt(0))) {
			return false;
		}
		int afterFirst = c.skipSpaces(begin + first.length());
		String second = afterFirst < t.length() ? String.valueOf(t.charAt(afterFirst)) : "";
		if (PRONOUN_ENDS.contains(second)) {
			return false; // "confirmed this.", "reported none,": a lone word is no claim
		}
		Mechanisms.fired("claims.object-cues", 1);
		return true;
	}
}
