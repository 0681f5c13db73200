package org.sourcebench.extract.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The learned relation model, after the rule readers: a multiclass logistic regression (softmax over the CAMEO
 * roots and "none") over the candidates of {@link RelationCandidates} (two actor mentions of one sentence, both
 * directions), trained from our own gold annotations by the evaluation tests' {@code RelationTrainer}
 * ({@code releng/scripts/train-relations.sh}); the model is the data file {@code learned-relations.tsv}.
 * <ol>
 * <li><b>Scores.</b> Every candidate gets a probability per root; a (from, to, root) triple of the document scores
 * the best of its candidates.</li>
 * <li><b>Adds</b> ({@code relations.learned}) the triples at or above the model's threshold of their root (per
 * class, chosen by cross-validation) that the rule readers did
 * not produce (root-only code, the probability as confidence, the span from the first to the last of the two sides
 * and the trigger as evidence).</li>
 * </ol>
 * The default engine runs no learned model; {@link org.sourcebench.extract.ExtractionEngine#withLearned} runs one
 * (e.g. {@link #standard()}): it moved the check half's typed relations by -.002 to +.001 and the seed below or
 * above its floor depending on the variant (measurements in the README), so it is not kept.
 * Immutable; safe to share between threads.
 */
public final class LearnedRelations {

	/** The data file of the shipped model. */
	public static final String MODEL = "learned-relations.tsv";
	/** The class no relationship. */
	public static final String NONE = "none";
	private static final String CLASSES = "@classes";
	private static final String THRESHOLD = "@threshold";
	private static final String DROP = "@drop";
	private static final String RETYPE = "@retype";
	private static final String REQUIRE = "@require";

	/** What a trainer sees of one document: its candidates and the rule readers' relationships. */
	public interface Sink {
		void accept(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> rules,
				List<RelationCandidates.Candidate> candidates);
	}

	/**
	 * Weights per feature and class; per class the probability of a relationship at or above which one is added
	 * (infinite: never); the probability of its own root below which a rule reader's relationship is dropped
	 * ({@code drop}, 0: never), and the probability at or above which another root replaces its root ({@code retype},
	 * infinite: never); {@code require}: the prefix of a feature every candidate the model reads must have ("trr=":
	 * a trigger the dictionaries code; empty: none).
	 */
	public record Model(List<String> classes, Map<String, float[]> weights, double[] thresholds, double drop,
			double retype, String require) {

		public Model {
			classes = List.copyOf(classes);
			weights = Map.copyOf(weights);
			if (classes.isEmpty() || !classes.get(0).equals(NONE)) {
				throw new IllegalArgumentException("the first class of a relation model is '" + NONE + "'");
			}
			if (thresholds.length != classes.size()) {
				throw new IllegalArgumentException("one threshold per class expected");
			}
			thresholds = thresholds.clone();
		}

		/** A model that only adds, with per-class thresholds. */
		public Model(List<String> classes, Map<String, float[]> weights, double[] thresholds) {
			this(classes, weights, thresholds, 0, Double.POSITIVE_INFINITY, "");
		}

		/** A model that only adds, with one threshold for every class. */
		public Model(List<String> classes, Map<String, float[]> weights, double threshold) {
			this(classes, weights, filled(classes.size(), threshold));
		}

		private static double[] filled(int n, double t) {
			double[] out = new double[n];
			java.util.Arrays.fill(out, t);
			return out;
		}

		/** The lowest threshold of a relationship class. */
		public double threshold() {
			double min = Double.POSITIVE_INFINITY;
			for (int c = 1; c < thresholds.length; c++) {
				min = Math.min(min, thresholds[c]);
			}
			return min;
		}

		/** The thresholds, one per class. */
		@Override
		public double[] thresholds() {
			return thresholds.clone();
		}

		/** The threshold of class {@code c}. */
		public double threshold(int c) {
			return thresholds[c];
		}

		/** Whether the model reads a candidate with these features (it has a feature starting with {@link #require}). */
		public boolean reads(List<String> features) {
			if (require.isEmpty()) {
				return true;
			}
			for (String f : features) {
				if (f.startsWith(require)) {
					return true;
				}
			}
			return false;
		}

		/** The probability of each class (in the order of {@link #classes}) for a candidate with these features. */
		public double[] probabilities(List<String> features) {
			int k = classes.size();
			double[] z = new double[k];
			for (String f : features) {
				float[] w = weights.get(f);
				if (w != null) {
					for (int c = 0; c < k; c++) {
						z[c] += w[c];
					}
				}
			}
			double max = Double.NEGATIVE_INFINITY;
			for (double v : z) {
				max = Math.max(max, v);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) {
				z[c] = Math.exp(z[c] - max);
				sum += z[c];
			}
			for (int c = 0; c < k; c++) {
				z[c] /= sum;
			}
			return z;
		}
	}

	private static volatile Model shipped;

	private final RelationCandidates candidates;
	private final Model model;
	private final Sink sink;

	/** A stage with this model; {@code sink} (may be null) sees every document's candidates. */
	public LearnedRelations(Model model, Sink sink) {
		ExtractionData data = ExtractionData.get();
		this.candidates = new RelationCandidates(new EventCoder(PetrarchDictionaries.verbs(),
				PetrarchDictionaries.actors(), PetrarchDictionaries.agents()), data.cameo(), data.forms());
		this.model = model;
		this.sink = sink;
	}

	/**
	 * The stage with the bundle's model ({@link #MODEL}, read once per JVM), or with the model file the system property
	 * {@code sourcebench.learned.model} names (measurements: a learning curve, a retrained model).
	 */
	public static LearnedRelations standard() {
		Model m = shipped;
		if (m == null) {
			synchronized (LearnedRelations.class) {
				m = shipped;
				if (m == null) {
					m = read();
					shipped = m;
				}
			}
		}
		return new LearnedRelations(m, null);
	}

	private static Model read() {
		String other = System.getProperty("sourcebench.learned.model");
		if (other != null && !other.isBlank()) {
			try {
				return load(Path.of(other));
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read " + other, e);
			}
		}
		String path = "data/" + MODEL;
		try (InputStream in = LearnedRelations.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("data file " + path + " is missing from org.sourcebench.extract");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.toList();
			return parse(lines, path);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
	}

	/** The model of a file {@code RelationTrainer} wrote (a clear error naming the file and line otherwise). */
	public static Model load(Path file) throws IOException {
		return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
	}

	/**
	 * Reads a model: {@code @classes} (space-separated, "none" first), {@code @threshold} (one for all classes or one
	 * per class, "Infinity": never added), then one line per feature
	 * with one weight per class; lines starting with # are the header.
	 */
	static Model parse(List<String> lines, String name) throws IOException {
		List<String> classes = null;
		double[] threshold = null;
		double drop = 0;
		double retype = Double.POSITIVE_INFINITY;
		String require = "";
		Map<String, float[]> weights = new HashMap<>();
		int n = 0;
		for (String line : lines) {
			n++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] r = line.split("\t");
			try {
				if (r.length != 2) {
					throw new IllegalArgumentException("two tab-separated columns expected");
				}
				String[] v = r[1].trim().split(" ");
				if (r[0].equals(CLASSES)) {
					classes = List.of(v);
				} else if (r[0].equals(DROP)) {
					drop = Double.parseDouble(v[0]);
				} else if (r[0].equals(REQUIRE)) {
					require = r[1].trim();
				} else if (r[0].equals(RETYPE)) {
					retype = Double.parseDouble(v[0]);
				} else if (r[0].equals(THRESHOLD)) {
					threshold = new double[v.length];
					for (int c = 0; c < v.length; c++) {
						threshold[c] = Double.parseDouble(v[c]);
					}
				} else {
					if (classes == null || v.length != classes.size()) {
						throw new IllegalArgumentException("one weight per class of " + CLASSES + " expected");
					}
					float[] w = new float[v.length];
					for (int c = 0; c < v.length; c++) {
						w[c] = Float.parseFloat(v[c]);
					}
					weights.put(r[0], w);
				}
			} catch (IllegalArgumentException e) {
				throw new IOException(name + " line " + n + ": " + e.getMessage(), e);
			}
		}
		if (classes == null) {
			throw new IOException(name + ": no " + CLASSES + " line");
		}
		if (threshold == null) {
			threshold = new double[] {Double.POSITIVE_INFINITY};
		}
		try {
			double[] all = threshold;
			if (threshold.length == 1) {
				all = new double[classes.size()];
				java.util.Arrays.fill(all, threshold[0]);
			}
			return new Model(classes, weights, all, drop, retype, require);
		} catch (IllegalArgumentException e) {
			throw new IOException(name + ": " + e.getMessage(), e);
		}
	}

	/** The model this stage scores with. */
	public Model model() {
		return model;
	}

	/** The candidate reader. */
	public RelationCandidates candidates() {
		return candidates;
	}

	/**
	 * Reads the model's relationships into {@code out}, which holds the rule readers': drops those whose root the
	 * model finds unlikely ({@code relations.learnedDrop}), re-types those it finds another root for
	 * ({@code relations.learnedRetype}), then adds the triples at or above their root's threshold that are not there
	 * yet ({@code relations.learned}).
	 */
	public void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (sink == null && !Mechanisms.on("relations.learned") && !Mechanisms.on("relations.learnedDrop")
				&& !Mechanisms.on("relations.learnedRetype")) {
			return;
		}
		List<RelationCandidates.Candidate> found = candidates.candidates(body, sentences, actors, out);
		if (sink != null) {
			sink.accept(body, sentences, actors, List.copyOf(out), found);
		}
		List<RelationCandidates.Candidate> cands = found.stream().filter(c -> model.reads(c.features())).toList();
		List<double[]> probs = new ArrayList<>(cands.size());
		Map<String, double[]> pairBest = new HashMap<>();
		for (RelationCandidates.Candidate c : cands) {
			double[] p = model.probabilities(c.features());
			probs.add(p);
			double[] b = pairBest.computeIfAbsent(c.pair(), k -> new double[p.length]);
			for (int k = 0; k < p.length; k++) {
				b[k] = Math.max(b[k], p[k]);
			}
		}
		revise(pairBest, out);
		if (!Mechanisms.on("relations.learned")) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (ExtractedRelationship r : out) {
			seen.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		Map<String, RelationCandidates.Candidate> best = new LinkedHashMap<>();
		Map<String, Double> score = new HashMap<>();
		for (int i = 0; i < cands.size(); i++) {
			RelationCandidates.Candidate c = cands.get(i);
			double[] p = probs.get(i);
			for (int k = 1; k < p.length; k++) {
				String key = c.pair() + "|" + model.classes().get(k);
				if (p[k] >= model.threshold(k) && !seen.contains(key) && p[k] > score.getOrDefault(key, -1.0)) {
					best.put(key, c);
					score.put(key, p[k]);
				}
			}
		}
		int added = 0;
		for (Map.Entry<String, RelationCandidates.Candidate> e : best.entrySet()) {
			RelationCandidates.Candidate c = e.getValue();
			ParsedSentence s = c.sentence();
			int b = Math.min(c.source().begin(), c.target().begin());
			int z = Math.max(c.source().end(), c.target().end());
			if (c.trigger() >= 0) {
				b = Math.min(b, s.start(c.trigger()));
				z = Math.max(z, s.end(c.trigger()));
			}
			String root = e.getKey().substring(e.getKey().lastIndexOf('|') + 1);
			out.add(new ExtractedRelationship(c.source().actor().name(), c.target().actor().name(), root,
					TextSpan.of(body, b, z), Math.round(score.get(e.getKey()) * 100) / 100.0));
			added++;
		}
		Mechanisms.fired("relations.learned", added);
	}

	/**
	 * Drops and re-types the rule readers' relationships in {@code out} by the best probability per class of their
	 * pair's candidates (a pair without candidates, or a root that is no class of the model, is left alone).
	 */
	private void revise(Map<String, double[]> pairBest, List<ExtractedRelationship> out) {
		boolean drop = model.drop() > 0 && Mechanisms.on("relations.learnedDrop");
		boolean retype = model.retype() <= 1 && Mechanisms.on("relations.learnedRetype");
		if (!drop && !retype) {
			return;
		}
		int dropped = 0;
		int retyped = 0;
		Set<String> kept = new HashSet<>();
		List<ExtractedRelationship> revised = new ArrayList<>(out.size());
		for (ExtractedRelationship r : out) {
			double[] p = pairBest.get(r.from() + "|" + r.to());
			int own = model.classes().indexOf(r.root());
			if (p == null || own < 1) {
				revised.add(r);
				kept.add(r.from() + "|" + r.to() + "|" + r.root());
				continue;
			}
			if (drop && p[own] < model.drop()) {
				dropped++;
				continue;
			}
			int top = top(p);
			if (retype && top != own && p[top] >= model.retype()) {
				String root = model.classes().get(top);
				if (kept.add(r.from() + "|" + r.to() + "|" + root)) {
					revised.add(new ExtractedRelationship(r.from(), r.to(), root, r.evidence(),
							Math.round(p[top] * 100) / 100.0));
				}
				retyped++;
				continue;
			}
			revised.add(r);
			kept.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		out.clear();
		out.addAll(revised);
		Mechanisms.fired("relations.learnedDrop", dropped);
		Mechanisms.fired("relations.learnedRetype", retyped);
	}

	/** The relationship class (not "none") of highest probability. */
	public static int top(double[] p) {
		int top = 1;
		for (int k = 2; k < p.length; k++) {
			if (p[k] > p[top]) {
				top = k;
			}
		}
		return top;
	}
}
