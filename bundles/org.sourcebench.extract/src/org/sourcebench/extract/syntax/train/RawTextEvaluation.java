package org.sourcebench.extract.syntax.train;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.syntax.DependencyParser;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.TransitionParser;
import org.sourcebench.extract.syntax.Treebank;

/**
 * Scores the whole pipeline as the product runs it, from raw text: each CoNLL-U sentence's {@code # text} goes
 * through {@link TransitionParser#parse} (OpenNLP sentences and tokens, retokenisation, tagger, parser), and a gold
 * token counts as attached right when a predicted token has exactly its characters and a head with exactly the
 * characters of the gold head (or both are roots); labelled also with the relation. Tokens the pipeline cut
 * differently count as wrong. Not run in the build: {@code java RawTextEvaluation TEST.conllu...}.
 */
public final class RawTextEvaluation {

	private RawTextEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		TransitionParser parser = new TransitionParser();
		for (String file : args) {
			List<String> blocks;
			try (InputStream in = new FileInputStream(file)) {
				blocks = Treebank.blocks(in);
			}
			int[] c = score(blocks, parser);
			System.out.printf("%s%n  %d gold tokens, %.1f %% tokenised alike; UAS %.1f, LAS %.1f (from raw text)%n", file,
					c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], 100.0 * c[3] / c[0]);
		}
	}

	/** Gold tokens, tokens cut alike, tokens attached right, attached and labelled right. */
	public static int[] score(List<String> blocks, DependencyParser parser) {
		int tokens = 0;
		int aligned = 0;
		int unlabelled = 0;
		int labelled = 0;
		for (String b : blocks) {
			String text = null;
			for (String line : b.split("\n")) {
				if (line.startsWith("# text = ")) {
					text = line.substring(9);
				}
			}
			ParsedSentence g = ParsedSentence.fromConllu(b);
			if (text == null || g.size() == 0) {
				continue;
			}
			int[] gs = new int[g.size()];
			int[] ge = new int[g.size()];
			int at = 0;
			boolean ok = true;
			for (int i = 0; i < g.size() && ok; i++) {
				int k = text.indexOf(g.word(i), at);
				ok = k >= 0;
				gs[i] = k;
				ge[i] = k + g.word(i).length();
				at = ge[i];
			}
			tokens += g.size();
			if (!ok) {
				continue;
			}
			Map<Long, String[]> predicted = new HashMap<>(); // span → head span, relation
			for (ParsedSentence s : parser.parse(text)) {
				for (int i = 0; i < s.size(); i++) {
					int h = s.head(i);
					String head = h < 0 ? "root" : s.start(h) + "-" + s.end(h);
					predicted.put(span(s.start(i), s.end(i)), new String[] {head, s.deprel(i)});
				}
			}
			for (int i = 0; i < g.size(); i++) {
				String[] p = predicted.get(span(gs[i], ge[i]));
				if (p == null) {
					continue;
				}
				aligned++;
				int h = g.head(i);
				if (p[0].equals(h < 0 ? "root" : gs[h] + "-" + ge[h])) {
					unlabelled++;
					if (p[1].equals(g.deprel(i))) {
						labelled++;
					}
				}
			}
		}
		return new int[] {tokens, aligned, unlabelled, labelled};
	}

	private static long span(int start, int end) {
		return ((long) start << 32) | end;
	}
}
