package org.sourcebench.extract.actors;

import java.util.Locale;

/** Small helpers to look at the words around an offset of the (straightened) match text. */
public final class TextWindow {

	private TextWindow() {
	}

	/** Start of the word ending just before {@code offset} (after skipping spaces), or -1. */
	public static int previousWordStart(String t, int offset) {
		int i = offset;
		while (i > 0 && t.charAt(i - 1) == ' ') {
			i--;
		}
		int end = i;
		while (i > 0 && isWordChar(t.charAt(i - 1))) {
			i--;
		}
		return i == end ? -1 : i;
	}

	/** The word ending just before {@code offset} (spaces skipped), lowercased, or "". */
	public static String previousWord(String t, int offset) {
		int s = previousWordStart(t, offset);
		if (s < 0) {
			return "";
		}
		int e = s;
		while (e < t.length() && isWordChar(t.charAt(e))) {
			e++;
		}
		return t.substring(s, e).toLowerCase(Locale.ROOT);
	}

	/** The word starting at or after {@code offset} (spaces skipped), as written, or "". */
	public static String nextWord(String t, int offset) {
		int i = offset;
		while (i < t.length() && t.charAt(i) == ' ') {
			i++;
		}
		int s = i;
		while (i < t.length() && isWordChar(t.charAt(i))) {
			i++;
		}
		return t.substring(s, i);
	}

	public static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '.';
	}

	/** Whether only spaces lie between {@code from} and {@code to}. */
	public static boolean onlySpaces(String t, int from, int to) {
		for (int i = from; i < to; i++) {
			if (t.charAt(i) != ' ') {
				return false;
			}
		}
		return from <= to;
	}

	/** {@code end}, moved over "-kyum" parts joined by hyphens to the word ending there ("Seung" → "Seung-kyum"). */
	public static int hyphenatedWordEnd(String t, int end) {
		int e = end;
		while (e + 1 < t.length() && t.charAt(e) == '-' && Character.isLetter(t.charAt(e + 1))) {
			e++;
			while (e < t.length() && Character.isLetter(t.charAt(e))) {
				e++;
			}
		}
		return e;
	}

	/** Whether the word at {@code offset} opens a sentence: only spaces after the text start, a line break, a full
	 * stop, a question or exclamation mark or a quotation mark. */
	public static boolean isSentenceStart(String t, int offset) {
		int k = offset;
		while (k > 0 && t.charAt(k - 1) == ' ') {
			k--;
		}
		return k == 0 || ".!?\n\"".indexOf(t.charAt(k - 1)) >= 0;
	}

	/** End of the word before a possessive ending at {@code offset} ("Russia's |", "Ukraine' |"), or -1 when the
	 * word before {@code offset} (spaces skipped) carries no possessive. */
	public static int possessiveOwnerEnd(String t, int offset) {
		int e = offset;
		while (e > 0 && t.charAt(e - 1) == ' ') {
			e--;
		}
		if (e >= 2 && t.startsWith("'s", e - 2)) {
			return e - 2;
		}
		return e >= 1 && t.charAt(e - 1) == '\'' ? e - 1 : -1;
	}
}
