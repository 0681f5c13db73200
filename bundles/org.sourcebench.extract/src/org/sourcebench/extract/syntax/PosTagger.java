package org.sourcebench.extract.syntax;

/**
 * Greedy left-to-right Universal POS tagger: an averaged perceptron ({@code data/syntax/en-ud-pos.bin.gz},
 * trained by {@link org.sourcebench.extract.syntax.train.TaggerTrainer}) over word, affix, shape and
 * previous-tag features. Immutable after loading; safe to share.
 */
public final class PosTagger {

	public static final String MODEL = "data/syntax/en-ud-pos.bin.gz";
	public static final int MAX_FEATURES = 40;

	private final LinearModel model;
	private final long[] tagHash;

	private PosTagger(LinearModel model) {
		this.model = model;
		String[] tags = model.outcomes();
		tagHash = new long[tags.length];
		for (int i = 0; i < tags.length; i++) {
			tagHash[i] = Hash.of(tags[i]);
		}
	}

	/** A tagger over a model trained in memory (the trainers tag held-out folds with it). */
	public static PosTagger of(opennlp.tools.ml.model.AbstractModel model) {
		return new PosTagger(LinearModel.of(model));
	}

	/** The shared tagger (loads the model on first use). */
	public static PosTagger get() {
		return Holder.TAGGER;
	}

	private static final class Holder {
		static final PosTagger TAGGER = new PosTagger(LinearModel.read(MODEL));
	}

	public String[] tag(String[] words) {
		WordFeatures wf = new WordFeatures(words);
		String[] tags = model.outcomes();
		String[] out = new String[words.length];
		long[] prev = new long[words.length];
		long[] f = new long[MAX_FEATURES];
		long[] rows = new long[MAX_FEATURES];
		float[] scores = new float[tags.length];
		for (int i = 0; i < words.length; i++) {
			long p1 = i >= 1 ? prev[i - 1] : WordFeatures.START;
			long p2 = i >= 2 ? prev[i - 2] : WordFeatures.START;
			model.score(f, features(wf, i, p1, p2, f), scores, rows);
			int best = 0;
			for (int o = 1; o < scores.length; o++) {
				if (scores[o] > scores[best]) {
					best = o;
				}
			}
			out[i] = tags[best];
			prev[i] = tagHash[best];
		}
		return out;
	}

	/** Training contexts: the feature names of every token, the previous tags being the gold ones. */
	public static String[][] trainingContexts(String[] words, String[] gold) {
		WordFeatures wf = new WordFeatures(words);
		String[][] out = new String[words.length][];
		long[] f = new long[MAX_FEATURES];
		for (int i = 0; i < words.length; i++) {
			long p1 = i >= 1 ? Hash.of(gold[i - 1]) : WordFeatures.START;
			long p2 = i >= 2 ? Hash.of(gold[i - 2]) : WordFeatures.START;
			out[i] = Hash.names(f, features(wf, i, p1, p2, f));
		}
		return out;
	}

	static int features(WordFeatures w, int i, long p1, long p2, long[] f) {
		int k = 0;
		long w0 = w.lower(i);
		f[k++] = Hash.f(101, 0);
		f[k++] = Hash.f(102, w0);
		f[k++] = Hash.f(103, w.lower(i - 1));
		f[k++] = Hash.f(104, w.lower(i + 1));
		f[k++] = Hash.f(105, w.lower(i - 2));
		f[k++] = Hash.f(106, w.lower(i + 2));
		f[k++] = Hash.f(107, w.suf1[i]);
		f[k++] = Hash.f(108, w.suf2[i]);
		f[k++] = Hash.f(109, w.suf3[i]);
		f[k++] = Hash.f(110, w.suf4[i]);
		f[k++] = Hash.f(111, w.pre1[i]);
		f[k++] = Hash.f(112, w.pre3[i]);
		f[k++] = Hash.f(113, w.shape[i]);
		f[k++] = Hash.f(114, w.shape(i - 1), w.shape[i]);
		f[k++] = Hash.f(115, w.shape[i], w.shape(i + 1));
		f[k++] = Hash.f(116, i == 0 ? 1 : 0, w.shape[i]);
		f[k++] = Hash.f(117, w.hyphen[i] ? 1 : 0, w.digit[i] ? 1 : 0);
		f[k++] = Hash.f(118, p1);
		f[k++] = Hash.f(119, p2, p1);
		f[k++] = Hash.f(120, p1, w0);
		f[k++] = Hash.f(121, p1, w.suf3[i]);
		f[k++] = Hash.f(122, w.suf3(i + 1));
		f[k++] = Hash.f(123, w.lower(i - 1), w0);
		f[k++] = Hash.f(124, w0, w.lower(i + 1));
		f[k++] = Hash.f(125, w.raw[i]);
		f[k++] = Hash.f(126, p1, w.lower(i + 1));
		f[k++] = Hash.f(127, w.suf3(i - 1), w.suf3[i]);
		return k;
	}
}
