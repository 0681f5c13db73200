package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.PosTagger;
import org.sourcebench.extract.syntax.Treebank;

/**
 * Jackknifed POS tags for parser training: the training sentences in K contiguous folds, each tagged by a POS
 * model trained (as {@code TaggerTrainer pos} does) on the other folds, so that the parser learns from tags as
 * wrong as those it will see. Writes the same CoNLL-U with the UPOS column replaced, for
 * {@code ParserTrainer -Dtags=}. Not run in the build: {@code java Jackknife K ITERATIONS OUT.conllu TRAIN.conllu...}.
 */
public final class Jackknife {

	private Jackknife() {
	}

	public static void main(String[] args) throws IOException {
		int folds = Integer.parseInt(args[0]);
		int iterations = Integer.parseInt(args[1]);
		File out = new File(args[2]);
		List<String> blocks = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			try (InputStream in = new FileInputStream(args[i])) {
				for (String b : Treebank.blocks(in)) {
					if (ParsedSentence.fromConllu(b).size() > 0) {
						blocks.add(b);
					}
				}
			}
		}
		String[] tagged = new String[blocks.size()];
		int right = 0;
		int tokens = 0;
		for (int k = 0; k < folds; k++) {
			int from = (int) ((long) blocks.size() * k / folds);
			int to = (int) ((long) blocks.size() * (k + 1) / folds);
			List<String> rest = new ArrayList<>(blocks.subList(0, from));
			rest.addAll(blocks.subList(to, blocks.size()));
			PosTagger tagger = PosTagger.of(AveragedPerceptron.train(TaggerTrainer.posEvents(rest), iterations,
					Long.getLong("seed", 20261204L)));
			for (int i = from; i < to; i++) {
				ParsedSentence s = ParsedSentence.fromConllu(blocks.get(i));
				String[] w = new String[s.size()];
				for (int j = 0; j < w.length; j++) {
					w[j] = s.word(j);
				}
				String[] pos = tagger.tag(w);
				for (int j = 0; j < w.length; j++) {
					right += pos[j].equals(s.pos(j)) ? 1 : 0;
				}
				tokens += w.length;
				tagged[i] = withPos(blocks.get(i), pos);
			}
			System.out.printf("fold %d of %d: tagged %d sentences, %.2f %% right so far%n", k + 1, folds, to - from,
					100.0 * right / tokens);
		}
		TrainingOutput.write(out, stream -> {
			try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
				for (String b : tagged) {
					w.write(b);
					w.write('\n');
				}
			}
		});
	}

	/** The block with column 4 (UPOS) of its word lines replaced, in order. */
	static String withPos(String block, String[] pos) {
		StringBuilder sb = new StringBuilder();
		int i = 0;
		for (String line : block.split("\n")) {
			String[] c = line.split("\t", -1);
			if (!line.startsWith("#") && c.length >= 8 && !c[0].contains("-") && !c[0].contains(".")) {
				c[3] = pos[i++];
				line = String.join("\t", c);
			}
			sb.append(line).append('\n');
		}
		return sb.toString();
	}
}
