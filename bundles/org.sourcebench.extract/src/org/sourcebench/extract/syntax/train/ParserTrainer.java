package org.sourcebench.extract.syntax.train;

import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.sourcebench.extract.syntax.ArcEager;
import org.sourcebench.extract.syntax.Explorer;
import org.sourcebench.extract.syntax.Hash;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.Treebank;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the arc-eager parser model with OpenNLP's averaged perceptron from CoNLL-U treebanks (gold UPOS as
 * features; non-projective training sentences skipped, since the static oracle needs projective trees).
 * With {@code -Dexplore=EARLIER.bin.gz} it adds, to the static oracle's events, the configurations that earlier
 * model reaches when it follows its own choices, labelled by the dynamic oracle ({@link Explorer}).
 * Not run in the build: {@code java ParserTrainer OUT.bin.gz ITERATIONS CUTOFF TRAIN.conllu...}.
 */
public final class ParserTrainer {

	private ParserTrainer() {
	}

	public static void main(String[] args) throws IOException {
		File out = new File(args[0]);
		int iterations = Integer.parseInt(args[1]);
		int cutoff = Integer.parseInt(args[2]);
		List<ParsedSentence> train = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			try (InputStream in = new FileInputStream(args[i])) {
				train.addAll(Treebank.read(in));
			}
		}
		List<ParsedSentence> usable = new ArrayList<>();
		for (ParsedSentence s : train) {
			if (ArcEager.projective(goldHeads(s))) {
				usable.add(s);
			}
		}
		// OpenNLP's perceptron averages the weights once per pass: the last documents of a pass would weigh most,
		// so the sentences go in a fixed pseudo-random order
		java.util.Collections.shuffle(usable, new java.util.Random(20261204L));
		System.out.printf("training sentences: %d (%d projective)%n", train.size(), usable.size());
		TrainingParameters p = new TrainingParameters();
		p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
		p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
		EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
		long t0 = System.nanoTime();
		String explore = System.getProperty("explore");
		Explorer explorer = null;
		if (explore != null) {
			try (InputStream in = new FileInputStream(explore)) {
				explorer = new Explorer(in);
			}
		}
		AbstractModel model = (AbstractModel) trainer.train(new OracleEvents(usable, explorer));
		System.out.printf("trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
		TrainingOutput.write(out, stream -> {
			try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(stream, 1 << 16))) {
				new GenericModelWriter(model, d).persist();
			}
		});
	}

	static int[] goldHeads(ParsedSentence s) {
		int[] h = new int[s.size()];
		for (int i = 0; i < h.length; i++) {
			h[i] = s.head(i) + 1;
		}
		return h;
	}

	/** The oracle's transitions of every sentence, as classifier events; replayable (reset). */
	static final class OracleEvents implements ObjectStream<Event> {
		private final List<ParsedSentence> sentences;
		private Iterator<ParsedSentence> it;
		private final List<Event> pending = new ArrayList<>();
		private int next;

		private final Explorer explorer;

		OracleEvents(List<ParsedSentence> sentences, Explorer explorer) {
			this.sentences = sentences;
			this.explorer = explorer;
			this.it = sentences.iterator();
		}

		@Override
		public Event read() {
			while (next >= pending.size()) {
				if (!it.hasNext()) {
					return null;
				}
				pending.clear();
				next = 0;
				ParsedSentence s = it.next();
				String[] words = new String[s.size()];
				String[] pos = new String[s.size()];
				String[] labels = new String[s.size()];
				for (int i = 0; i < s.size(); i++) {
					words[i] = s.word(i);
					pos[i] = s.pos(i);
					labels[i] = s.deprel(i);
				}
				int[] heads = goldHeads(s);
				ArcEager state = new ArcEager(words, pos);
				long[] f = new long[ArcEager.MAX_FEATURES];
				while (!state.done()) {
					String o = state.oracle(heads, labels);
					pending.add(new Event(o, Hash.names(f, state.features(f))));
					state.apply(o);
				}
				if (explorer != null) {
					pending.addAll(explorer.events(words, pos, heads, labels));
				}
			}
			return pending.get(next++);
		}

		@Override
		public void reset() {
			it = sentences.iterator();
			pending.clear();
			next = 0;
		}
	}
}
