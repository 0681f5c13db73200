package org.sourcebench.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;


/** Trimming of claim content and the test for a direct (wholly quoted) claim. */
final class ClaimText {

	/** A writer's gloss after a claim: ", a nod to", ", a move that", ", an attempt aimed at". */
	private static final Pattern GLOSS = Pattern.compile(
			", an? [a-z]+ (?:to|that|which|seen|aimed)\\b");

	private static final Set<String> TRAILING_CONNECTORS = ClaimWords.get().list("connector");

	private ClaimText() {
	}

	/** Drops surrounding spaces and punctuation and trailing connectors ("..., and" before "he added"). */
	/**
	 * The span without a writer's gloss appended after a comma ("only the state should bear arms, a nod to ...",
	 * "..., a move that ..."): cut before ", a(n) NOUN to/that/which/seen/aimed" outside quotations.
	 */
	static int[] withoutGloss(String t, int[] span, List<Quote> quotes) {
		if (span == null) {
			return null;
		}
		Matcher m = GLOSS.matcher(t).region(span[0], span[1]);
		while (m.find()) {
			boolean quoted = false;
			for (Quote q : quotes) {
				quoted |= q.open() < m.start() && m.start() < q.close();
			}
			if (!quoted && m.start() > span[0]) {
				return trim(t, span[0], m.start());
			}
		}
		return span;
	}

	static int[] trim(String t, int b, int e) {
		int begin = b;
		int end = e;
		boolean changed = true;
		while (changed && begin < end) {
			changed = false;
			while (begin < end && " ,:;-".indexOf(t.charAt(begin)) >= 0) {
				begin++;
				changed = true;
			}
			while (end > begin && " ,.;:-".indexOf(t.charAt(end - 1)) >= 0) {
				end--;
				changed = true;
			}
			String last = TextCursor.of(t).previousWord(end).toLowerCase();
			if (TRAILING_CONNECTORS.contains(last) && TextCursor.of(t).previousWordStart(end) > begin) {
				end = TextCursor.of(t).previousWordStart(end);
				changed = true;
			}
		}
		return new int[] {begin, end};
	}

	/**
	 * Separate propositions under one cue ("notes that A and that B"): the span split before each ", and that" /
	 * " and that" outside quotations, each part trimmed.
	 */
	static List<int[]> propositions(String t, int[] span, List<Quote> quotes) {
		List<int[]> out = new ArrayList<>();
		int begin = span[0];
		for (int i = nextJoin(t, begin); i >= 0 && i < span[1]; i = nextJoin(t, i + 1)) {
			if (insideQuote(quotes, i)) {
				continue;
			}
			out.add(trim(t, begin, i));
			Mechanisms.fired("claims.but-that", t.startsWith(" but that ", i) ? 1 : 0);
			begin = t.indexOf(" that ", i + 1) + " that ".length();
		}
		out.add(begin == span[0] ? span : trim(t, begin, span[1]));
		return out;
	}

	/**
	 * The next " and that " at or after {@code from}; with switch claims.but-that also " but that " ("said he had
	 * tried to meet him, but that Russia did not seem ready": a second proposition of the same cue, GUIDELINES.md).
	 */
	private static int nextJoin(String t, int from) {
		int and = t.indexOf(" and that ", from);
		if (!Mechanisms.on("claims.but-that")) {
			return and;
		}
		int but = t.indexOf(" but that ", from);
		if (but >= 0 && (and < 0 || but < and)) {
			return but;
		}
		return and;
	}

	private static boolean insideQuote(List<Quote> quotes, int offset) {
		for (Quote q : quotes) {
			if (q.contains(offset)) {
				return true;
			}
		}
		return false;
	}

	/** Words in {@code [b, e)}. */
	static int wordCount(String t, int b, int e) {
		int n = 0;
		boolean inWord = false;
		for (int i = b; i < e; i++) {
			boolean w = Character.isLetterOrDigit(t.charAt(i));
			n += w && !inWord ? 1 : 0;
			inWord = w;
		}
		return n;
	}

	/** Strips a leading one-word adverbial ("Meanwhile, ", "Earlier, "). */
	static int skipLeadingAdverbial(String t, int b, int e) {
		int i = b;
		while (i < e && Character.isLetter(t.charAt(i))) {
			i++;
		}
		if (i > b && i + 1 < e && t.charAt(i) == ',' && Character.isUpperCase(t.charAt(b))) {
			return i + 1;
		}
		return b;
	}

	/**
	 * "ERBIL, Kurdistan Region (Kurdistan 24) – The ...", "TEHRAN (FNA)- ...": a dateline opening the paragraph
	 * is no part of what was said. Returns the offset after it, or {@code b}.
	 */
	static int skipDateline(String t, int b, int e) {
		Matcher m = DATELINE.matcher(t).region(b, Math.min(e, b + 90));
		return m.lookingAt() && (b == 0 || t.charAt(b - 1) == '\n') ? m.end() : b;
	}

	private static final Pattern DATELINE = Pattern.compile(
			"(?:[A-Z]{3,}[A-Za-z .'-]*|[A-Z][A-Za-z .'-]*\\([^)\\n]{1,30}\\))(?:,[A-Za-z0-9 .'-]{1,40}?)?"
			+ "(?:\\s*\\([^)\\n]{1,30}\\))?\\s*[\u2013\u2014-]\\s*");

	/** The quotation that exactly spans {@code [b, e)} (marks included), or null. */
	static Quote wholeQuote(List<Quote> quotes, int b, int e) {
		for (Quote q : quotes) {
			if (q.open() == b && (q.close() == e - 1 || (q.close() == e - 2 && ",.".indexOf(' ') < 0
					&& q.close() + 1 == e - 1 && false))) {
				return q;
			}
		}
		return null;
	}

	/** Quote content without a trailing comma before the closing mark. */
	static int[] quoteContent(String t, Quote q) {
		int b = q.contentBegin();
		int e = q.contentEnd();
		while (e > b && (t.charAt(e - 1) == ',' || t.charAt(e - 1) == ' ')) {
			e--;
		}
		while (b < e && t.charAt(b) == ' ') {
			b++;
		}
		return new int[] {b, e};
	}
}
