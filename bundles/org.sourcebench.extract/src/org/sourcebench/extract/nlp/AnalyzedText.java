package org.sourcebench.extract.nlp;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;

/**
 * One analysed body: sentences and tokens from OpenNLP, plus a "match text" of the same length in which curly
 * quotes and apostrophes are straightened and no-break spaces are spaces (so dictionary matching sees one
 * spelling while every offset stays a body offset). Part-of-speech tags are computed on demand for a small
 * window around a token: tagging every token would cost five times the tokenisation. Not thread-safe: one
 * instance per {@code extract} call.
 */
public final class AnalyzedText {

	private static final int POS_WINDOW = 3;

	private final String body;
	private final String matchText;
	private final List<Sentence> sentences;
	private final List<Token> tokens;
	private final int[] tokenAt;
	private final String[] tags;
	/** POSTaggerME is not thread-safe and costly to build: one per thread, reused across documents. */
	private static final ThreadLocal<POSTaggerME> TAGGERS =
			ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpModels.pos()));

	AnalyzedText(String body, List<Sentence> sentences, List<Token> tokens) {
		this.body = body;
		this.matchText = straighten(body);
		this.sentences = List.copyOf(sentences);
		this.tokens = List.copyOf(tokens);
		this.tokenAt = new int[body.length() + 1];
		Arrays.fill(tokenAt, -1);
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			for (int c = t.begin(); c < t.end(); c++) {
				tokenAt[c] = i;
			}
		}
		this.tags = new String[tokens.size()];
	}

	/** Same length as the input: ‘’‛ → ', “”„ → ", no-break and other spaces → ' '. */
	public static String straighten(String s) {
		char[] c = s.toCharArray();
		for (int i = 0; i < c.length; i++) {
			switch (c[i]) {
				case '\u2018', '\u2019', '\u201b', '\u00b4', '`' -> c[i] = '\'';
				case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> c[i] = '"';
				case '\u00a0', '\u2009', '\u202f', '\t' -> c[i] = ' ';
				case '\u2013', '\u2014' -> c[i] = '-';
				default -> { }
			}
		}
		return new String(c);
	}

	public String body() {
		return body;
	}

	public String matchText() {
		return matchText;
	}

	public List<Sentence> sentences() {
		return sentences;
	}

	public List<Token> tokens() {
		return tokens;
	}

	/** Index of the token covering {@code offset}, or -1. */
	public int tokenAt(int offset) {
		return offset >= 0 && offset < tokenAt.length ? tokenAt[offset] : -1;
	}

	/** The first token starting at or after {@code offset}, or the token count. */
	public int tokenFrom(int offset) {
		for (int c = Math.max(0, offset); c < body.length(); c++) {
			if (tokenAt[c] >= 0) {
				return tokenAt[c];
			}
		}
		return tokens.size();
	}

	public Sentence sentenceOf(int offset) {
		int lo = 0;
		int hi = sentences.size() - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (sentences.get(mid).begin() <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return sentences.get(lo);
	}

	/** Universal POS tag of a token, tagged in a window of its sentence. */
	public String pos(int token) {
		if (tags[token] == null) {
			Sentence s = sentences.get(tokens.get(token).sentence());
			int from = Math.max(s.firstToken(), token - POS_WINDOW);
			int to = Math.min(s.endToken(), token + POS_WINDOW + 1);
			String[] words = new String[to - from];
			for (int i = from; i < to; i++) {
				words[i - from] = tokens.get(i).text();
			}
			String[] t = TAGGERS.get().tag(words);
			tags[token] = t[token - from];
			// the centre's neighbours are tagged with less context; keep only the centre
		}
		return tags[token];
	}
}
