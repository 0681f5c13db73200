package org.sourcebench.extract.syntax.train;

import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.sourcebench.extract.syntax.ArcEager;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.Treebank;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Trains the arc-eager parser model from CoNLL-U treebanks: an online multi-class perceptron over the hashed
 * features of {@link ArcEager}, weights averaged over every update, sentences in a fixed pseudo-random order
 * reshuffled each pass (runs repeat). Training follows the dynamic oracle (Goldberg and Nivre 2012): at each
 * configuration the model is updated towards the best-scoring transition that loses no further gold arc
 * ({@link ArcEager#cost}) whenever its own choice would lose one; from pass {@code explore.from} on, the trainer
 * then follows the model's own (possibly wrong) choice with probability {@code explore.p}, so that the model
 * learns to continue well after a mistake. Non-projective training sentences are skipped. Written as an OpenNLP
 * perceptron model whose predicates are the features' hashes in base 36, which {@code LinearModel} reads.
 * Not run in the build:
 * {@code java [-Dexplore.from=2] [-Dexplore.p=0.9] [-Dprune=1] [-Dquantize=16] [-Dseed=N] [-Dfeatures=1|2]
 * [-Dtags=TAGGED.conllu,...]
 * ParserTrainer OUT.bin.gz ITERATIONS TRAIN.conllu...}; {@code -Dtags} gives the same sentences with other
 * (e.g. jackknifed, predicted) POS tags, used instead of the gold ones; {@code -Dfeatures} the feature set
 * ({@link ArcEager#EXTENDED} by default, marked in the model so that the parser uses the same).
 */
public final class ParserTrainer {

	private ParserTrainer() {
	}

	public static void main(String[] args) throws IOException {
		File out = new File(args[0]);
		int iterations = Integer.parseInt(args[1]);
		List<ParsedSentence> train = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			try (InputStream in = new FileInputStream(args[i])) {
				train.addAll(Treebank.read(in));
			}
		}
		String tagged = System.getProperty("tags");
		List<ParsedSentence> tags = null;
		if (tagged != null) {
			tags = new ArrayList<>();
			for (String f : tagged.split(",")) {
				try (InputStream in = new FileInputStream(f)) {
					tags.addAll(Treebank.read(in));
				}
			}
			if (tags.size() != train.size()) {
				throw new IllegalArgumentException(tagged + ": " + tags.size() + " sentences, training files "
						+ train.size());
			}
		}
		List<Example> usable = new ArrayList<>();
		TreeSet<String> outcomes = new TreeSet<>();
		for (int k = 0; k < train.size(); k++) {
			ParsedSentence s = train.get(k);
			Example e = new Example(s, tags == null ? s : tags.get(k));
			if (ArcEager.projective(e.heads)) {
				usable.add(e);
				for (String l : e.labels) {
					outcomes.add(l.equals("root") ? ArcEager.RIGHT + l : ArcEager.LEFT + l);
					outcomes.add(ArcEager.RIGHT + l);
				}
			}
		}
		outcomes.remove(ArcEager.LEFT + "root");
		outcomes.add(ArcEager.SHIFT);
		outcomes.add(ArcEager.REDUCE);
		System.out.printf("training sentences: %d (%d projective), %d transitions%n", train.size(), usable.size(),
				outcomes.size());
		long t0 = System.nanoTime();
		Trainer trainer = new Trainer(outcomes.toArray(new String[0]), Long.getLong("seed", 20261205L),
				Integer.getInteger("explore.from", 2), Double.parseDouble(System.getProperty("explore.p", "0.9")),
				Integer.getInteger("features", ArcEager.EXTENDED));
		for (int it = 0; it < iterations; it++) {
			trainer.pass(usable, it);
			System.out.printf("pass %d: %.1f %% of transitions wrong, %d features, %.0f s%n", it + 1,
					100.0 * trainer.errors / trainer.transitions, trainer.size, (System.nanoTime() - t0) / 1e9);
		}
		PerceptronModel model = trainer.averaged(Double.parseDouble(System.getProperty("prune", "1")),
				Integer.getInteger("quantize", 16));
		System.out.printf("trained in %.0f s; %d features kept%n", (System.nanoTime() - t0) / 1e9,
				model.getDataStructures()[1] instanceof java.util.Map<?, ?> m ? m.size() : -1);
		TrainingOutput.write(out, stream -> {
			try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(stream, 1 << 16))) {
				new GenericModelWriter(model, d).persist();
			}
		});
	}

	/** One training sentence: words, the POS tags the parser sees, gold heads (1-based, 0 = root), relations. */
	private static final class Example {
		final String[] words;
		final String[] pos;
		final int[] heads;
		final String[] labels;

		Example(ParsedSentence gold, ParsedSentence tagged) {
			int n = gold.size();
			words = new String[n];
			pos = new String[n];
			heads = new int[n];
			labels = new String[n];
			for (int i = 0; i < n; i++) {
				words[i] = gold.word(i);
				pos[i] = tagged.pos(i);
				heads[i] = gold.head(i) + 1;
				labels[i] = gold.deprel(i).intern();
			}
		}
	}

	/**
	 * The perceptron: for every feature hash seen in an update, a sparse row of (transition, weight, sum of
	 * step × update) in an open-addressing table; the averaged weight is {@code w - sum / steps}.
	 */
	private static final class Trainer {
		final String[] outcomes;
		final int[] kinds;
		final String[] labels;
		final boolean[] rootLabel;
		final Random random;
		final int exploreFrom;
		final double exploreP;
		final int featureSet;

		long[] keys = new long[1 << 20];
		int[][] rowOutcomes = new int[1 << 20][];
		float[][] rowWeights = new float[1 << 20][];
		int size;
		long step = 1;
		long errors;
		long transitions;

		Trainer(String[] outcomes, long seed, int exploreFrom, double exploreP, int featureSet) {
			this.outcomes = outcomes;
			this.featureSet = featureSet;
			this.random = new Random(seed);
			this.exploreFrom = exploreFrom;
			this.exploreP = exploreP;
			kinds = new int[outcomes.length];
			labels = new String[outcomes.length];
			rootLabel = new boolean[outcomes.length];
			for (int i = 0; i < outcomes.length; i++) {
				kinds[i] = ArcEager.kind(outcomes[i]);
				if (kinds[i] >= ArcEager.LA) {
					labels[i] = outcomes[i].substring(3).intern();
					rootLabel[i] = labels[i].equals("root");
				}
			}
		}

		void pass(List<Example> examples, int iteration) {
			Example[] order = examples.toArray(new Example[0]);
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				Example t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			errors = 0;
			transitions = 0;
			long[] f = new long[ArcEager.MAX_FEATURES];
			int[] slots = new int[ArcEager.MAX_FEATURES];
			float[] scores = new float[outcomes.length];
			int[] costs = new int[outcomes.length];
			boolean explore = iteration >= exploreFrom;
			for (Example e : order) {
				ArcEager state = new ArcEager(e.words, e.pos, featureSet);
				while (!state.done()) {
					int count = state.features(f);
					Arrays.fill(scores, 0f);
					for (int k = 0; k < count; k++) {
						int slot = find(f[k]);
						slots[k] = slot;
						if (slot >= 0) {
							int[] o = rowOutcomes[slot];
							float[] w = rowWeights[slot];
							for (int i = 0; i < o.length && o[i] >= 0; i++) {
								scores[o[i]] += w[2 * i];
							}
						}
					}
					state.costs(kinds, labels, e.heads, e.labels, costs);
					int predicted = -1;
					int gold = -1;
					int least = Integer.MAX_VALUE;
					for (int o = 0; o < outcomes.length; o++) {
						if (!state.legal(kinds[o], rootLabel[o])) {
							continue;
						}
						if (predicted < 0 || scores[o] > scores[predicted]) {
							predicted = o;
						}
						if (costs[o] < least || (costs[o] == least && scores[o] > scores[gold])) {
							gold = o;
							least = costs[o];
						}
					}
					if (predicted < 0) {
						state.apply(ArcEager.SH, null);
						continue;
					}
					transitions++;
					if (costs[predicted] > least) {
						errors++;
						for (int k = 0; k < count; k++) {
							update(f[k], slots[k], gold, predicted);
						}
					}
					step++;
					int next = explore && costs[predicted] > least && random.nextDouble() < exploreP ? predicted : gold;
					state.apply(kinds[next], labels[next]);
				}
			}
		}

		private int find(long key) {
			int slot = slot(key);
			while (true) {
				long k = keys[slot];
				if (k == key) {
					return slot;
				}
				if (k == 0) {
					return -1;
				}
				slot = (slot + 1) & (keys.length - 1);
			}
		}

		private int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 40) & (keys.length - 1);
		}

		private void update(long key, int slot, int plus, int minus) {
			if (slot < 0 || keys[slot] != key) {
				slot = find(key);
			}
			if (slot < 0) {
				if (2 * (size + 1) > keys.length) {
					grow();
				}
				slot = slot(key);
				while (keys[slot] != 0) {
					slot = (slot + 1) & (keys.length - 1);
				}
				keys[slot] = key;
				rowOutcomes[slot] = new int[] {-1, -1};
				rowWeights[slot] = new float[4];
				size++;
			}
			add(slot, plus, 1);
			add(slot, minus, -1);
		}

		private void add(int slot, int outcome, float delta) {
			int[] o = rowOutcomes[slot];
			int i = 0;
			while (i < o.length && o[i] >= 0 && o[i] != outcome) {
				i++;
			}
			if (i == o.length) {
				o = Arrays.copyOf(o, o.length * 2);
				Arrays.fill(o, i, o.length, -1);
				rowOutcomes[slot] = o;
				rowWeights[slot] = Arrays.copyOf(rowWeights[slot], o.length * 2);
			}
			o[i] = outcome;
			float[] w = rowWeights[slot];
			w[2 * i] += delta;
			w[2 * i + 1] += delta * step;
		}

		private void grow() {
			long[] oldKeys = keys;
			int[][] oldOutcomes = rowOutcomes;
			float[][] oldWeights = rowWeights;
			keys = new long[oldKeys.length * 2];
			rowOutcomes = new int[keys.length][];
			rowWeights = new float[keys.length][];
			for (int s = 0; s < oldKeys.length; s++) {
				if (oldKeys[s] != 0) {
					int slot = slot(oldKeys[s]);
					while (keys[slot] != 0) {
						slot = (slot + 1) & (keys.length - 1);
					}
					keys[slot] = oldKeys[s];
					rowOutcomes[slot] = oldOutcomes[s];
					rowWeights[slot] = oldWeights[s];
				}
			}
		}

		/**
		 * The averaged weights, leaving out those smaller than {@code prune} in absolute value (the many weights
		 * of rare features that barely move a score) and rounded to multiples of {@code 1 / quantize} (which
		 * compresses; neither changes the dev scores measurably at 1 and 16).
		 */
		PerceptronModel averaged(double prune, int quantize) {
			List<Context> params = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (int s = 0; s < keys.length; s++) {
				if (keys[s] == 0) {
					continue;
				}
				int[] o = rowOutcomes[s];
				float[] w = rowWeights[s];
				int[] outs = new int[o.length];
				double[] vals = new double[o.length];
				int at = 0;
				for (int i = 0; i < o.length && o[i] >= 0; i++) {
					double avg = w[2 * i] - (double) w[2 * i + 1] / step;
					double rounded = Math.round(avg * quantize) / (double) quantize;
					if (Math.abs(avg) >= prune && rounded != 0) {
						outs[at] = o[i];
						vals[at++] = rounded;
					}
				}
				if (at > 0) {
					params.add(new Context(Arrays.copyOf(outs, at), Arrays.copyOf(vals, at)));
					names.add(Long.toString(keys[s], 36));
				}
			}
			if (featureSet == ArcEager.EXTENDED) {
				params.add(new Context(new int[] {0}, new double[] {1}));
				names.add(Long.toString(ArcEager.EXTENDED_MARK, 36));
			}
			return new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]), outcomes);
		}
	}
}
