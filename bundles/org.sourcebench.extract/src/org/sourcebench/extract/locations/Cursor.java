package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Word navigation over the (straightened) match text of one document: the word before or after an offset, a run
 * of words skipped backwards, sentence starts. A word is a run of letters, digits, hyphens and apostrophes
 * ("al-Fashir", "Gaza's"). The one helper the location readers use instead of hand-written character loops.
 * Immutable; one per document.
 */
final class Cursor {

	private final String t;

	Cursor(String text) {
		this.t = text;
	}

	String text() {
		return t;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
	}

	/** Start of the word that ends at {@code offset} after skipping spaces back, or -1. */
	int prevStart(int offset) {
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

	/** The word before {@code offset} (spaces skipped) as written, or "". */
	String prevRaw(int offset) {
		int s = prevStart(offset);
		return s < 0 ? "" : t.substring(s, wordEnd(s));
	}

	/** The word before {@code offset} (spaces skipped), lower-cased, or "". */
	String prev(int offset) {
		return prevRaw(offset).toLowerCase(Locale.ROOT);
	}

	/** Start of the word at or after {@code offset} (spaces skipped), or -1 when punctuation or the end comes first. */
	int nextStart(int offset) {
		int i = offset;
		while (i < t.length() && t.charAt(i) == ' ') {
			i++;
		}
		return i < t.length() && isWordChar(t.charAt(i)) ? i : -1;
	}

	/** The word at or after {@code offset} (spaces skipped) as written, or "". */
	String next(int offset) {
		int s = nextStart(offset);
		return s < 0 ? "" : t.substring(s, wordEnd(s));
	}

	/** The word before {@code offset}, lower-cased, over spaces, closing quotation marks and commas. */
	String prevOverPunctuation(int offset) {
		int i = offset;
		while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '"' || t.charAt(i - 1) == ',')) {
			i--;
		}
		return prev(i);
	}

	/** End of the word starting at {@code start}. */
	int wordEnd(int start) {
		int i = start;
		while (i < t.length() && isWordChar(t.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The offset reached by stepping back over at most {@code max} words (lower-cased) that {@code skip} accepts. */
	int skipBack(int offset, Predicate<String> skip, int max) {
		int pos = offset;
		for (int i = 0; i < max; i++) {
			int s = prevStart(pos);
			if (s < 0 || !skip.test(prev(pos))) {
				break;
			}
			pos = s;
		}
		return pos;
	}

	/** The character before {@code offset} after skipping spaces, or 0 at the start. */
	char charBefore(int offset) {
		int i = offset;
		while (i > 0 && t.charAt(i - 1) == ' ') {
			i--;
		}
		return i == 0 ? 0 : t.charAt(i - 1);
	}

	/** The character at or after {@code offset} after skipping spaces, or 0 at the end. */
	char charAfter(int offset) {
		int i = offset;
		while (i < t.length() && t.charAt(i) == ' ') {
			i++;
		}
		return i == t.length() ? 0 : t.charAt(i);
	}

	/** Offset of the comma right before {@code offset} (spaces skipped), or -1. */
	int commaBefore(int offset) {
		int i = offset;
		while (i > 0 && t.charAt(i - 1) == ' ') {
			i--;
		}
		return i > 0 && t.charAt(i - 1) == ',' ? i - 1 : -1;
	}

	/** Whether {@code offset} begins a sentence, a paragraph or a quotation. */
	boolean sentenceStart(int offset) {
		char c = charBefore(offset);
		return c == 0 || ".!?\n\"".indexOf(c) >= 0;
	}

	/** Whether {@code [b, e)} is followed by a possessive ("Syria's", "Gaza’s"). */
	boolean possessiveAfter(int e) {
		return t.startsWith("'s", e) && (e + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(e + 2)));
	}

	static boolean capitalised(String w) {
		return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
	}
}
