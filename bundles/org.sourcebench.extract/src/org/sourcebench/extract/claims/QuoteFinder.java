package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;

/**
 * Pairs quotation marks of a body: curly marks by direction, straight double quotes alternately. A quotation may
 * run over several sentences; an opening mark left open at the end of a paragraph closes there, as multi-paragraph
 * quotations reopen on the next paragraph ({@link #leftOpen}; before, such a mark was dropped).
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

	/**
	 * The text as the claim readers see quotation marks: doubled apostrophes ({@link #doubledApostrophes}) and
	 * single quotation marks ({@link #singleQuotes}) turned into straight double quotes; same length as the input.
	 */
	static String marks(String text) {
		return singleQuotes(doubledApostrophes(text));
	}

	/**
	 * The text with each pair of single quotation marks outside double quotations ({@code 'That is unacceptable,'
	 * she said}) turned into straight double quotes; same length. An opening mark follows a line start, a space, a
	 * bracket or a dash and precedes a letter; its closing mark is the first single mark after it in the paragraph
	 * that follows a non-space and precedes a space, punctuation or the line end. Apostrophes inside words
	 * ({@code don't}, {@code Kingdom's}) and plural possessives ({@code the ministers' talks}) are neither; an
	 * opening mark with no closing mark in its paragraph stays.
	 */
	static String singleQuotes(String text) {
		if (text.indexOf('\'') < 0 && text.indexOf('\u2018') < 0) {
			return text;
		}
		boolean[] inDouble = new boolean[text.length() + 1];
		for (Quote q : find(text)) {
			for (int i = q.open(); i <= q.close(); i++) {
				inDouble[i] = true;
			}
		}
		char[] c = text.toCharArray();
		for (int i = 0; i < c.length; i++) {
			if (inDouble[i] || !isOpeningSingle(c, i)) {
				continue;
			}
			int close = -1;
			for (int j = i + 2; j < c.length && c[j] != '\n' && !inDouble[j] && j - i <= MAX_SINGLE_QUOTE; j++) {
				if (isClosingSingle(c, j)) {
					close = j;
					break;
				}
			}
			if (close > 0) {
				c[i] = '"';
				c[close] = '"';
				i = close;
			}
		}
		return new String(c);
	}

	private static final int MAX_SINGLE_QUOTE = 1500;

	private static boolean isOpeningSingle(char[] c, int i) {
		if (c[i] != '\'' && c[i] != '\u2018' || i + 1 >= c.length || !Character.isLetter(c[i + 1])) {
			return false;
		}
		if (i == 0) {
			return true;
		}
		char p = c[i - 1];
		return Character.isWhitespace(p) || p == '(' || p == '[' || p == '\u2014' || p == '\u2013' || p == ':';
	}

	private static boolean isClosingSingle(char[] c, int j) {
		if (c[j] != '\'' && c[j] != '\u2019' || Character.isWhitespace(c[j - 1])) {
			return false;
		}
		if (j + 1 == c.length) {
			return true;
		}
		char n = c[j + 1];
		if (c[j - 1] == 's' && n == ' ' && j + 2 < c.length && Character.isLowerCase(c[j + 2])) {
			return false; // a plural possessive ("the ministers' talks")
		}
		return Character.isWhitespace(n) || n == ',' || n == '.' || n == ';' || n == ':' || n == '!' || n == '?'
				|| n == ')' || n == '\u2014' || n == '\u2013';
	}

	/** Fewest words of a quotation a paragraph's end closes. */
	private static final int MIN_OPEN_WORDS = 4;

	/**
	 * Whether the mark at {@code open}, still open at the paragraph end {@code end}, opens a quotation that runs to
	 * the paragraph's end ("... a statement said. “We will respond.\n“Our forces are ready.”", a multi-paragraph
	 * quotation, or an unclosed one): the mark follows the line start, a space, a colon or a bracket and precedes a
	 * letter or digit, and at least {@value #MIN_OPEN_WORDS} words follow it (mechanism {@code claims.paragraph-quotes}).
	 */
	private static boolean leftOpen(String body, int open, int end) {
		char p = open == 0 ? '\n' : body.charAt(open - 1);
		if (!(Character.isWhitespace(p) || p == ':' || p == '(') || open + 1 >= end
				|| !Character.isLetterOrDigit(body.charAt(open + 1)) || !Mechanisms.on("claims.paragraph-quotes")) {
			return false;
		}
		int words = 0;
		for (int i = open + 1; i < end; i++) {
			if (Character.isLetterOrDigit(body.charAt(i)) && !Character.isLetterOrDigit(body.charAt(i - 1))) {
				words++;
			}
		}
		if (words >= MIN_OPEN_WORDS) {
			Mechanisms.fired("claims.paragraph-quotes", 1);
			return true;
		}
		return false;
	}

	static List<Quote> find(String body) {
		List<Quote> out = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\n') {
				if (open >= 0 && leftOpen(body, open, i)) {
					out.add(new Quote(open, i)); // the paragraph's end closes it: the newline stands for the mark
				}
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
