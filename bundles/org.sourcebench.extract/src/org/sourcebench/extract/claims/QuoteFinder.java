package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks of a body: curly marks by direction, straight double quotes alternately. A quotation may
 * run over several sentences; an opening mark left open at the end of a paragraph closes there, as multi-paragraph
 * quotations reopen on the next paragraph.
 */
final class QuoteFinder {

	private QuoteFinder() {
	}

	/**
	 * The text with each pair of apostrophes used as a double quotation mark ({@code ''I spoke ...,''}) turned into
	 * a space and a straight double quote, placed where an opening mark's content begins (the second apostrophe)
	 * and a closing mark's ends (the first); same length, so offsets stay those of the body.
	 */
	static String doubledApostrophes(String text) {
		int i = text.indexOf("''");
		if (i < 0) {
			return text;
		}
		char[] c = text.toCharArray();
		for (; i >= 0; i = text.indexOf("''", i + 2)) {
			boolean opening = i == 0 || Character.isWhitespace(c[i - 1]) || c[i - 1] == '(';
			c[i] = opening ? ' ' : '"';
			c[i + 1] = opening ? '"' : ' ';
		}
		return new String(c);
	}

	static List<Quote> find(String body) {
		List<Quote> out = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\n') {
				open = -1;
			} else if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
				open = i;
			} else if (c == '\u201d' || c == '\u00bb') {
				if (open >= 0) {
					out.add(new Quote(open, i));
					open = -1;
				}
			} else if (c == '"') {
				if (open >= 0) {
					out.add(new Quote(open, i));
					open = -1;
				} else {
					open = i;
				}
			}
		}
		return out;
	}
}
