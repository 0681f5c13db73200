package org.sourcebench.extract.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs (one per line), sentences (OpenNLP sentence detector per paragraph) and tokens
 * (OpenNLP tokenizer per sentence), keeping body offsets. Stateless; safe to share.
 * <p>
 * Pre-segmentation keeps the work linear in the length of the body whatever its shape (OpenNLP's detector
 * and tokenizer are quadratic on a long run without boundaries): a paragraph is given to the sentence detector
 * in pieces of at most {@value #MAX_SEGMENT} characters, a sentence longer than {@value #MAX_SENTENCE}
 * characters is cut, and a run of more than {@value #MAX_TOKEN} characters without white space is one token,
 * not given to the tokenizer. All cuts fall on white space where there is some; ordinary news text is never
 * cut.
 */
public final class TextAnalyzer {

	/** Longest piece of a paragraph handed to the sentence detector at once. */
	static final int MAX_SEGMENT = 20_000;
	/** Longest sentence; longer ones (no sentence end for pages) are cut. */
	static final int MAX_SENTENCE = 1_500;
	/** Longest run without white space that goes through the tokenizer. */
	static final int MAX_TOKEN = 100;

	public AnalyzedText analyze(String body) {
		SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
		TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
		List<Sentence> sentences = new ArrayList<>();
		List<Token> tokens = new ArrayList<>();
		int paragraph = 0;
		int start = 0;
		while (start <= body.length()) {
			int nl = body.indexOf('\n', start);
			int end = nl < 0 ? body.length() : nl;
			if (!body.substring(start, end).isBlank()) {
				for (int[] segment : cut(body, start, end, MAX_SEGMENT)) {
					for (int[] s : joined(body, segment[0], detector.sentPosDetect(body.substring(segment[0], segment[1])))) {
						for (int[] piece : cut(body, s[0], s[1], MAX_SENTENCE)) {
							int sb = piece[0];
							int first = tokens.size();
							tokenize(tokenizer, body, sb, piece[1], sentences.size(), tokens);
							sentences.add(new Sentence(sentences.size(), sb, piece[1], first, tokens.size(), paragraph));
						}
					}
				}
				paragraph++;
			}
			if (nl < 0) {
				break;
			}
			start = nl + 1;
		}
		return new AnalyzedText(body, sentences, tokens);
	}

	/** The detector's sentences of a segment starting at {@code offset}, joined over abbreviations ({@link SentenceJoins}). */
	private static List<int[]> joined(String body, int offset, Span[] spans) {
		List<int[]> out = new ArrayList<>(spans.length);
		for (Span s : spans) {
			int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
			int b = offset + s.getStart();
			int e = offset + s.getEnd();
			if (last != null && SentenceJoins.get().joins(body, last[0], last[1], b)) {
				last[1] = e;
			} else {
				out.add(new int[] {b, e});
			}
		}
		return out;
	}

	/** Tokens of body[from, to): the tokenizer on the ordinary stretches, each over-long run one token. */
	private static void tokenize(TokenizerME tokenizer, String body, int from, int to, int sentence, List<Token> tokens) {
		int stretch = from;
		int i = from;
		while (i < to) {
			if (Character.isWhitespace(body.charAt(i))) {
				i++;
				continue;
			}
			int runEnd = i;
			while (runEnd < to && !Character.isWhitespace(body.charAt(runEnd))) {
				runEnd++;
			}
			if (runEnd - i > MAX_TOKEN) {
				tokenizeStretch(tokenizer, body, stretch, i, sentence, tokens);
				tokens.add(new Token(i, runEnd, body.substring(i, runEnd), sentence));
				stretch = runEnd;
			}
			i = runEnd;
		}
		tokenizeStretch(tokenizer, body, stretch, to, sentence, tokens);
	}

	private static void tokenizeStretch(TokenizerME tokenizer, String body, int from, int to, int sentence,
			List<Token> tokens) {
		if (from >= to) {
			return;
		}
		String text = body.substring(from, to);
		for (Span t : tokenizer.tokenizePos(text)) {
			tokens.add(new Token(from + t.getStart(), from + t.getEnd(), text.substring(t.getStart(), t.getEnd()),
					sentence));
		}
	}

	/**
	 * @return [from, to) in pieces of at most {@code max} characters, cut after white space where the last
	 *         half of a piece has some, white space trimmed off the pieces; one piece when short enough
	 */
	static List<int[]> cut(String body, int from, int to, int max) {
		List<int[]> pieces = new ArrayList<>();
		if (to - from <= max) {
			pieces.add(new int[] { from, to });
			return pieces;
		}
		int a = from;
		while (a < to) {
			while (a < to && Character.isWhitespace(body.charAt(a))) {
				a++;
			}
			if (a >= to) {
				break;
			}
			int b = Math.min(to, a + max);
			if (b < to) {
				int space = b;
				while (space > a + max / 2 && !Character.isWhitespace(body.charAt(space - 1))) {
					space--;
				}
				if (space > a + max / 2) {
					b = space;
				}
			}
			int e = b;
			while (e > a && Character.isWhitespace(body.charAt(e - 1))) {
				e--;
			}
			pieces.add(new int[] { a, e });
			a = b;
		}
		return pieces;
	}
}
