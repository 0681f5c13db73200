package org.sourcebench.extract.syntax.train;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.TransitionParser;
import org.sourcebench.extract.syntax.Treebank;

/**
 * Scores the shipped parser model on CoNLL-U files: with the treebank's gold POS tags and with the shipped
 * tagger's tags (what the product sees). {@code java ParserEvaluation TEST.conllu...}.
 */
public final class ParserEvaluation {

	private ParserEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		TransitionParser parser = new TransitionParser();
		long t0 = System.nanoTime();
		TransitionParser.load();
		System.out.printf("load %.1f s%n", (System.nanoTime() - t0) / 1e9);
		for (String file : args) {
			List<ParsedSentence> gold;
			try (InputStream in = new FileInputStream(file)) {
				gold = Treebank.read(in);
			}
			Treebank.Score goldPos = new Treebank.Score(0, 0, 0);
			Treebank.Score predicted = new Treebank.Score(0, 0, 0);
			long t1 = System.nanoTime();
			int tokens = 0;
			int tagged = 0;
			for (ParsedSentence g : gold) {
				int n = g.size();
				String[] w = new String[n];
				String[] l = new String[n];
				String[] p = new String[n];
				int[] s = new int[n];
				int[] e = new int[n];
				for (int i = 0; i < n; i++) {
					w[i] = g.word(i);
					l[i] = g.lemma(i);
					p[i] = g.pos(i);
					s[i] = g.start(i);
					e[i] = g.end(i);
				}
				goldPos = goldPos.plus(Treebank.score(g, parser.parseTagged(w, l, p, s, e)));
				ParsedSentence parsed = parser.parseWords(w, s, e);
				predicted = predicted.plus(Treebank.score(g, parsed));
				for (int i = 0; i < n; i++) {
					tagged += parsed.pos(i).equals(p[i]) ? 1 : 0;
				}
				tokens += n;
			}
			double secs = (System.nanoTime() - t1) / 1e9;
			System.out.printf("%s%n  gold POS:      %s%n  predicted POS: %s (POS %.2f %%)%n  %.0f tokens/s (both passes)%n",
					file, goldPos, predicted, 100.0 * tagged / tokens, 2 * tokens / secs);
		}
	}
}
