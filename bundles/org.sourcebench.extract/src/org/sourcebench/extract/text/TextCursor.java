package org.sourcebench.extract.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Word navigation over one (straightened) match text: the word before or after an offset, a run of words skipped
 * backwards, the punctuation around a word, sentence starts. The one helper the extractors use instead of
 * hand-written character loops.
 * <p>
 * A word is a run of letters, digits, hyphens and apostrophes ("al-Fashir", "Gaza's", "Seung-kyum"), with a full
 * stop only inside a number ("3.5") or after a capital initial ("U.S.", "U.N.-backed", "George W."): a full stop
 * that ends a sentence ("... in Syria.") or an abbreviated word ("Mr.") is punctuation. A cursor made with the
 * original text ({@link #of(String, String)}) also knows the dashes that straightening turned into hyphens:
 * "Metula—the" is two words. Offsets are {@code String} indexes into the text.
 * <p>
 * Immutable and cheap ({@link #of(String)} keeps only the text); safe to share.
 */
public final class TextCursor {

	private final String t;
	/** The text before straightening (same length), or null. */
	private final String original;

	private TextCursor(String text, String original) {
		this.t = text;
		this.original = original;
	}

	/** A cursor over {@code text}. */
	public static TextCursor of(String text) {
		return new TextCursor(text, null);
	}

	/**
	 * A cursor over {@code text}, the straightened form of {@code original} (same length): an en or em dash of the
	 * original separates words even where {@code text} has a hyphen.
	 */
	public static TextCursor of(String text, String original) {
		if (original.length() != text.length()) {
			throw new IllegalArgumentException("the original text has another length than the text");
		}
		return new TextCursor(text, original);
	}

	/** The text this cursor walks. */
	public String text() {
		return t;
	}

	/** Whether the character at {@code i} belongs to a word (see the class comment for the full-stop rule). */
	public boolean isWordChar(int i) {
		char c = t.charAt(i);
		if (Character.isLetterOrDigit(c) || c == '\'') {
			return true;
		}
		if (c == '-') {
			return original == null || original.charAt(i) == '-'; // not a straightened dash
		}
		if (c != '.' || i == 0) {
			return false;
		}
		char before = t.charAt(i - 1);
		if (Character.isDigit(before)) {
			return i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)); // "3.5"
		}
		return Character.isUpperCase(before) && (i < 2 || !Character.isLetter(t.charAt(i - 2))); // "U.S.", "W."
	}

	/** Whether a word starts at {@code i}. */
	public boolean isWordStart(int i) {
		return i < t.length() && isWordChar(i) && (i == 0 || !isWordChar(i - 1));
	}

	/**
	 * The first word start at or after {@code offset}, or the text's length when no word follows: the step of a loop
	 * over the words of the text ({@code for (int i = c.wordStartFrom(0); i < n; i = c.wordStartFrom(i + 1))}).
	 */
	public int wordStartFrom(int offset) {
		int i = offset;
		while (i < t.length() && !isWordStart(i)) {
			i++;
		}
		return i;
	}

	/** End of the word starting at (or running through) {@code start}. */
	public int wordEnd(int start) {
		int i = start;
		while (i < t.length() && isWordChar(i)) {
			i++;
		}
		return i;
	}

	/** The first offset at or after {@code offset} that is not a space. */
	public int skipSpaces(int offset) {
		int i = offset;
		while (i < t.length() && t.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	/** The offset reached from {@code offset} by stepping back over spaces. */
	public int skipSpacesBack(int offset) {
		int i = offset;
		while (i > 0 && t.charAt(i - 1) == ' ') {
			i--;
		}
		return i;
	}

	/** Start of the word that ends at {@code offset} after skipping spaces back, or -1. */
	public int previousWordStart(int offset) {
		int i = skipSpacesBack(offset);
		int end = i;
		while (i > 0 && isWordChar(i - 1)) {
			i--;
		}
		return i == end ? -1 : i;
	}

	/** The word before {@code offset} (spaces skipped) as written, or "". */
	public String previousWordAsWritten(int offset) {
		int s = previousWordStart(offset);
		return s < 0 ? "" : t.substring(s, wordEnd(s));
	}

	/** The word before {@code offset} (spaces skipped), lower-cased, or "". */
	public String previousWord(int offset) {
		return previousWordAsWritten(offset).toLowerCase(Locale.ROOT);
	}

	/** The word before {@code offset}, lower-cased, over spaces, closing quotation marks and commas. */
	public String previousWordOverPunctuation(int offset) {
		int i = offset;
		while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '"' || t.charAt(i - 1) == ',')) {
			i--;
		}
		return previousWord(i);
	}

	/** Start of the word at or after {@code offset} (spaces skipped), or -1 when punctuation or the end comes first. */
	public int nextWordStart(int offset) {
		int i = skipSpaces(offset);
		return i < t.length() && isWordChar(i) ? i : -1;
	}

	/** The word at or after {@code offset} (spaces skipped) as written, or "" at punctuation or the end. */
	public String nextWord(int offset) {
		int s = nextWordStart(offset);
		return s < 0 ? "" : t.substring(s, wordEnd(s));
	}

	/** Whether a capitalised word follows {@code end} after a space: the name there runs on into a longer one. */
	public boolean capitalisedWordAfter(int end) {
		return end < t.length() && t.charAt(end) == ' ' && capitalised(nextWord(end));
	}

	/** The offset reached by stepping back over at most {@code max} words (lower-cased) that {@code skip} accepts. */
	public int skipBack(int offset, Predicate<String> skip, int max) {
		int pos = offset;
		for (int i = 0; i < max; i++) {
			int s = previousWordStart(pos);
			if (s < 0 || !skip.test(previousWord(pos))) {
				break;
			}
			pos = s;
		}
		return pos;
	}

	/** The character before {@code offset} after skipping spaces, or 0 at the start. */
	public char charBefore(int offset) {
		int i = skipSpacesBack(offset);
		return i == 0 ? 0 : t.charAt(i - 1);
	}

	/** The character at or after {@code offset} after skipping spaces, or 0 at the end. */
	public char charAfter(int offset) {
		int i = skipSpaces(offset);
		return i == t.length() ? 0 : t.charAt(i);
	}

	/** Offset of the comma right before {@code offset} (spaces skipped), or -1. */
	public int commaBefore(int offset) {
		int i = skipSpacesBack(offset);
		return i > 0 && t.charAt(i - 1) == ',' ? i - 1 : -1;
	}

	/** Whether only spaces lie between {@code from} and {@code to}. */
	public boolean onlySpaces(int from, int to) {
		for (int i = from; i < to; i++) {
			if (t.charAt(i) != ' ') {
				return false;
			}
		}
		return from <= to;
	}

	/**
	 * Whether the word at {@code offset} opens a sentence: only spaces after the text start, a line break, a full
	 * stop, a question or exclamation mark or a quotation mark before it.
	 */
	public boolean sentenceStart(int offset) {
		char c = charBefore(offset);
		return c == 0 || ".!?\n\"".indexOf(c) >= 0;
	}

	/** Whether a possessive follows {@code e} ("Syria|'s", not "Syria|'s-based"). */
	public boolean possessiveAfter(int e) {
		return t.startsWith("'s", e) && (e + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(e + 2)));
	}

	/**
	 * End of the word before a possessive ending at {@code offset} ("Russia's |", "Ukraine' |"), or -1 when the word
	 * before {@code offset} (spaces skipped) carries no possessive.
	 */
	public int possessiveOwnerEnd(int offset) {
		int e = skipSpacesBack(offset);
		if (e >= 2 && t.startsWith("'s", e - 2)) {
			return e - 2;
		}
		return e >= 1 && t.charAt(e - 1) == '\'' ? e - 1 : -1;
	}

	/** {@code end}, moved over "-kyum" parts joined by hyphens to the word ending there ("Seung" → "Seung-kyum"). */
	public int hyphenatedWordEnd(int end) {
		int e = end;
		while (e + 1 < t.length() && t.charAt(e) == '-' && Character.isLetter(t.charAt(e + 1))) {
			e++;
			while (e < t.length() && Character.isLetter(t.charAt(e))) {
				e++;
			}
		}
		return e;
	}

	/** Whether {@code word} starts with a capital letter. */
	public static boolean capitalised(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
	}

	/**
	 * The offsets, from {@code from} on and in order, at which {@code word} stands as a word of its own: it opens a run
	 * of letters and digits (a letter or digit, none right before) and no letter or digit follows it ("ISWAP" in
	 * "ISWAP's" and "(ISWAP)", not in "ISWAPs"). The occurrence loop of the actor readers that add later mentions of
	 * a name.
	 */
	public int[] wholeWords(String word, int from) {
		return occurrences(word, from, true);
	}

	/**
	 * Like {@link #wholeWords}, but only a letter right after rules an occurrence out (a digit may follow): the loop of
	 * the readers that only look for a word boundary of letters.
	 */
	public int[] wordsBeforeNonLetter(String word, int from) {
		return occurrences(word, from, false);
	}

	private int[] occurrences(String word, int from, boolean digitsJoin) {
		int[] found = new int[4];
		int n = 0;
		for (int i = t.indexOf(word, from); i >= 0; i = t.indexOf(word, i + 1)) {
			int e = i + word.length();
			// the start test of org.sourcebench.extract.data.PhraseIndex.isWordStart (letters and digits only)
			boolean starts = Character.isLetterOrDigit(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
			boolean ends = e == t.length() || !(digitsJoin ? Character.isLetterOrDigit(t.charAt(e)) : Character.isLetter(t.charAt(e)));
			if (starts && ends) {
				if (n == found.length) {
					found = Arrays.copyOf(found, 2 * n);
				}
				found[n++] = i;
			}
		}
		return Arrays.copyOf(found, n);
	}
}
