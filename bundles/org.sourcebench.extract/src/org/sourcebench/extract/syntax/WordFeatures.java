package org.sourcebench.extract.syntax;

import java.util.Locale;

/** Per-token hashes the taggers' feature templates combine: lower-cased form, shape, affixes. */
final class WordFeatures {

	static final long NONE = Hash.of("<none>");
	static final long START = Hash.of("<s>");
	static final long END = Hash.of("</s>");

	final int n;
	final long[] lower;
	final long[] shape;
	final long[] suf1;
	final long[] suf2;
	final long[] suf3;
	final long[] suf4;
	final long[] pre1;
	final long[] pre3;
	final long[] raw;
	final boolean[] hyphen;
	final boolean[] digit;

	WordFeatures(String[] words) {
		n = words.length;
		lower = new long[n];
		shape = new long[n];
		suf1 = new long[n];
		suf2 = new long[n];
		suf3 = new long[n];
		suf4 = new long[n];
		pre1 = new long[n];
		pre3 = new long[n];
		raw = new long[n];
		hyphen = new boolean[n];
		digit = new boolean[n];
		for (int i = 0; i < n; i++) {
			String w = words[i];
			String l = w.toLowerCase(Locale.ROOT);
			raw[i] = Hash.of(w);
			lower[i] = Hash.of(l);
			shape[i] = Hash.of(shape(w));
			suf1[i] = Hash.of(suffix(l, 1));
			suf2[i] = Hash.of(suffix(l, 2));
			suf3[i] = Hash.of(suffix(l, 3));
			suf4[i] = Hash.of(suffix(l, 4));
			pre1[i] = Hash.of(l.length() >= 1 ? l.substring(0, 1) : l);
			pre3[i] = Hash.of(l.length() >= 3 ? l.substring(0, 3) : l);
			hyphen[i] = w.indexOf('-') > 0;
			for (int c = 0; c < w.length(); c++) {
				if (Character.isDigit(w.charAt(c))) {
					digit[i] = true;
					break;
				}
			}
		}
	}

	private static String suffix(String l, int k) {
		return "~" + (l.length() > k ? l.substring(l.length() - k) : l);
	}

	/** Word shape with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "2,000" → "d,d". */
	static String shape(String w) {
		StringBuilder sb = new StringBuilder();
		char last = 0;
		for (int i = 0; i < w.length() && sb.length() < 8; i++) {
			char c = w.charAt(i);
			char k;
			if (Character.isUpperCase(c)) {
				k = 'X';
			} else if (Character.isLowerCase(c)) {
				k = 'x';
			} else if (Character.isDigit(c)) {
				k = 'd';
			} else {
				k = c;
			}
			if (k != last) {
				sb.append(k);
				last = k;
			}
		}
		return sb.toString();
	}

	long lower(int i) {
		return i < 0 ? START : i >= n ? END : lower[i];
	}

	long shape(int i) {
		return i < 0 ? START : i >= n ? END : shape[i];
	}

	long suf4(int i) {
		return i < 0 ? START : i >= n ? END : suf4[i];
	}

	long suf3(int i) {
		return i < 0 ? START : i >= n ? END : suf3[i];
	}
}
