package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * Which side of a cue holds what was said, from the whole subject phrase and the words after the cue.
 * <ul>
 * <li>{@code claims.subject-phrase}: "..., President X said on Friday during a visit ...": the speaker's name is
 * not where its phrase begins; the parsed subject (title, office, post-modifiers) is, and when a comma or a closing
 * quotation mark stands right before it, the clause before is the content, as it is for a bare name.</li>
 * <li>{@code claims.complement-after}: "Appearing on “Fox &amp; Friends,” X claimed the boat ...", "Later in the
 * evening, X told the media, “...”": a cue whose complement follows it (a parsed clausal complement with its own
 * subject, or a quotation right after the cue's adjuncts and a comma) reports what follows, not the opening before
 * its subject.</li>
 * </ul>
 */
final class ClaimBounds {

	/** Words of adjunct allowed between a cue and a comma before its quotation ("said on Thursday, “...”"). */
	private static final int MAX_TAIL = 60;
	/** Words of a title run before a name ("presidential spokesman", "Foreign Secretary"). */
	private static final int MAX_TITLE_WORDS = 6;
	/** Words a clause before the subject holds at least, unless quoted ("In response, Minister X said" has none). */
	private static final int MIN_CLAUSE_WORDS = 5;
	/** Words that open a clause or join two, so no title word: "..., where officials said" is no subject phrase. */
	private static final Set<String> NO_TITLE = Set.of("where", "which", "who", "whom", "whose", "while", "when",
			"whereas", "as", "and", "but", "or", "nor", "after", "before", "because", "since", "though", "although",
			"if", "that", "so", "then", "until", "once", "even", "also", "yet", "now", "however", "meanwhile", "what",
			"how", "why", "than", "there", "here", "it", "he", "she", "they", "we", "i", "you", "this", "these",
			"those", "said", "says", "told", "added");

	private ClaimBounds() {
	}

	/**
	 * The offset where the speaker's phrase of a non-inverted cue begins for deciding whether what was said stands
	 * before it: the parsed subject's first word when it precedes the name and follows a comma or a closing
	 * quotation mark; else {@code phraseBegin}.
	 */
	static int phraseBegin(String t, CueHit h, int sentenceBegin, int phraseBegin) {
		if (h.inverted || h.speaker == null || breakBefore(t, phraseBegin)) {
			return phraseBegin;
		}
		int b = phraseBegin;
		if (h.subjectBegin >= sentenceBegin && h.subjectBegin < b) {
			b = h.subjectBegin;
			while (b < phraseBegin && (t.charAt(b) == ',' || Character.isWhitespace(t.charAt(b)))) {
				b++; // the parser hangs the comma before the subject on it
			}
		}
		for (int words = 0; words < MAX_TITLE_WORDS && !breakBefore(t, b); words++) {
			int i = TextCursor.of(t).skipSpacesBack(b);
			if (i > 1 && t.charAt(i - 1) == '.' && Character.isLetter(t.charAt(i - 2))) {
				i--; // "Brig. Gen.": an abbreviated title
			}
			String w = TextCursor.of(t).previousWord(i);
			int start = TextCursor.of(t).previousWordStart(i);
			if (start < sentenceBegin || !isTitleWord(w) || NO_TITLE.contains(w.toLowerCase(Locale.ROOT))) {
				return phraseBegin;
			}
			b = start;
		}
		if (b >= phraseBegin || !breakBefore(t, b) || b <= sentenceBegin
				|| ClaimText.wordCount(t, sentenceBegin, b) < MIN_CLAUSE_WORDS && t.substring(sentenceBegin, b).indexOf('"') < 0
				|| !Mechanisms.on("claims.subject-phrase")) {
			return phraseBegin;
		}
		Mechanisms.fired("claims.subject-phrase", 1);
		return b;
	}

	/** A word of a title or office before a name: letters, inner hyphens, full stops or an apostrophe. */
	private static boolean isTitleWord(String w) {
		if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '\u2019') {
				return false;
			}
		}
		return true;
	}

	private static boolean breakBefore(String t, int offset) {
		int i = TextCursor.of(t).skipSpacesBack(offset);
		return i > 0 && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == '"');
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
