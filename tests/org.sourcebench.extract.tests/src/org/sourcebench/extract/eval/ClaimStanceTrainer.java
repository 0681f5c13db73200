package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.relations.ClaimStances;

/**
 * Trains the claim-stance model ({@link ClaimStances}, {@code data/claim-stances.tsv}) from gold annotations,
 * reproducibly: {@code ClaimStanceTrainer OUT.tsv GOLD.tsv ARTICLE_DIR} ({@code releng/scripts/train-claim-stances.sh}
 * passes the study half; {@code GOLD.tsv} has one row per gold actor "A", relationship "R" and claim "C").
 * <ol>
 * <li><b>Candidates.</b> The engine reads every article with its rule readers; {@link ClaimStances#record} hands over
 * the candidates (claim speaker, other actor of the claim) and the rules' relationships.</li>
 * <li><b>Labels.</b> Document actors are aligned to gold actors by shared normalised names (one to one, as the scorer
 * does); a candidate is labelled with the root of every gold relationship of its pair whose evidence overlaps the
 * claim; "none" when the gold relates the pair in no way (a pair related only elsewhere is left out).</li>
 * <li><b>Model.</b> Softmax regression over the roots with enough instances and "none", by stochastic gradient descent
 * in a fixed order (deterministic), L2; regularisation and add thresholds chosen by leave-one-batch-out
 * cross-validation on the documents' typed relations (the rules' triples plus the model's additions), with a nested
 * estimate (thresholds chosen on the other batches, scored on the left-out one).</li>
 * </ol>
 * Properties: {@code -Dstance.l2=...} (comma-separated grid), {@code -Dstance.epochs}, {@code -Dstance.minCount},
 * {@code -Dstance.minClass}, {@code -Dstance.debug=true} (what the cross-validated model adds at .3 or more).
 */
public final class ClaimStanceTrainer {

	private static final double RATE = 0.2;
	private static final int EPOCHS = Integer.getInteger("stance.epochs", 10);
	private static final int MIN_COUNT = Integer.getInteger("stance.minCount", 3);
	private static final int MIN_CLASS = Integer.getInteger("stance.minClass", 10);
	private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75,
			0.8, 0.85, 0.9, 0.95};
	private static final double[] PER_CLASS_GRID = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Double.POSITIVE_INFINITY};

	/** Experiment: label a candidate with every gold root of its pair, wherever the evidence lies. */
	private static final boolean ANYWHERE = Boolean.getBoolean("stance.anywhere");

	private record Instance(List<String> features, String label) {
	}

	/** One article: per candidate its features, gold pair ("?..." when an end is no gold actor) and text; triples. */
	private record Doc(String name, int fold, List<List<String>> features, List<String> pairs, List<Instance> instances,
			Set<String> rules, Set<String> gold, List<String> texts) {
	}

	private ClaimStanceTrainer() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: ClaimStanceTrainer OUT.tsv GOLD.tsv ARTICLE_DIR");
			System.exit(2);
		}
		Map<String, Gold> gold = Gold.read(Path.of(args[1]));
		List<Doc> docs = read(gold, Path.of(args[2]));
		List<String> classes = classes(docs);
		int instances = 0;
		for (Doc d : docs) {
			instances += d.instances().size();
		}
		System.out.printf("%d articles, %d candidates, %d training instances, classes %s%n", docs.size(),
				docs.stream().mapToInt(d -> d.features().size()).sum(), instances, classes);
		double[] best = null;
		double bestF = -1;
		double bestL2 = 0;
		for (String l2s : System.getProperty("stance.l2", "1e-3,1e-2").split(",")) {
			double l2 = Double.parseDouble(l2s);
			double[][] out = crossValidate(docs, classes, l2);
			if (out[1][0] > bestF + 1e-9) {
				bestF = out[1][0];
				best = out[0];
				bestL2 = l2;
			}
		}
		System.out.printf("chosen: l2 %s, thresholds %s (nested F %.4f)%n", bestL2, Arrays.toString(best), bestF);
		Map<String, float[]> w = train(docs, classes, bestL2);
		write(Path.of(args[0]), classes, w, best, bestL2, bestF, docs);
	}

	// ---- reading -----------------------------------------------------------------------------------------------

	private static List<Doc> read(Map<String, Gold> gold, Path dir) throws IOException {
		List<Object[]> last = new ArrayList<>();
		ClaimStances.record((body, actors, rules, candidates) -> last.add(new Object[] {body, actors, rules,
				candidates}));
		ExtractionEngine engine = ExtractionEngine.createDefault();
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		List<Doc> docs = new ArrayList<>();
		int[] cov = new int[6];
		for (Path f : files) {
			String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
			Gold g = gold.get(name);
			if (g == null) {
				continue;
			}
			String body = TestResources.titleThenBody(Files.readString(f, StandardCharsets.UTF_8));
			last.clear();
			engine.extract(body, ExtractionOptions.dated(EngineExport.published(f)));
			docs.add(doc(name, g, last.get(0), cov));
		}
		ClaimStances.record(null);
		System.out.printf("gold relations %d; evidence inside a gold claim of their source %d; of those: a candidate of"
				+ " the pair on an engine claim overlapping the evidence %d, the rules already have the triple %d;"
				+ " candidates of any gold relation (pair, overlapping) %d, rules have %d%n", cov[0], cov[1], cov[2],
				cov[3], cov[4], cov[5]);
		return docs;
	}

	@SuppressWarnings("unchecked")
	private static Doc doc(String name, Gold g, Object[] seen, int[] cov) {
		String body = (String) seen[0];
		DocActors actors = (DocActors) seen[1];
		List<ExtractedRelationship> rules = (List<ExtractedRelationship>) seen[2];
		List<ClaimStances.Candidate> cands = (List<ClaimStances.Candidate>) seen[3];
		Map<String, String> align = g.align(body, actors);
		Finder finder = new Finder(body);
		List<int[]> evidence = new ArrayList<>();
		for (Rel r : g.relations) {
			evidence.add(finder.find(r.evidence()));
		}
		List<int[]> claimSpans = new ArrayList<>();
		for (String[] c : g.claims) {
			claimSpans.add(finder.find(c[1]));
		}
		Set<String> ruleTriples = new HashSet<>();
		for (ExtractedRelationship r : rules) {
			String f = align.get(r.from());
			String t = align.get(r.to());
			ruleTriples.add((f == null || t == null ? "?" + r.from() + "|" + r.to() : f + "|" + t) + "|" + r.root());
		}
		List<List<String>> features = new ArrayList<>();
		List<String> pairs = new ArrayList<>();
		List<Instance> instances = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		boolean[] covered = new boolean[g.relations.size()];
		for (ClaimStances.Candidate c : cands) {
			String f = align.get(c.speaker().name());
			String t = align.get(c.target().name());
			features.add(c.features());
			pairs.add(f == null || t == null ? "?" + c.pair() : f + "|" + t);
			texts.add(c.pair() + "\t" + body.substring(c.begin(), c.end()).replace('\n', ' '));
			Set<String> labels = new TreeSet<>();
			boolean elsewhere = false;
			for (int i = 0; i < g.relations.size(); i++) {
				Rel r = g.relations.get(i);
				if (f == null || t == null || !r.from().equals(f) || !r.to().equals(t)) {
					continue;
				}
				int[] e = evidence.get(i);
				if (e != null && e[0] < c.end() && c.begin() < e[1]) {
					labels.add(r.root());
					covered[i] = true;
				} else if (ANYWHERE) {
					labels.add(r.root());
				} else {
					elsewhere = true;
				}
			}
			if (labels.isEmpty() && !elsewhere) {
				instances.add(new Instance(c.features(), ClaimStances.NONE));
			}
			for (String l : labels) {
				instances.add(new Instance(c.features(), l));
			}
		}
		Set<String> goldTriples = new HashSet<>();
		for (int i = 0; i < g.relations.size(); i++) {
			Rel r = g.relations.get(i);
			String key = r.from() + "|" + r.to() + "|" + r.root();
			goldTriples.add(key);
			cov[0]++;
			int[] e = evidence.get(i);
			boolean inClaim = false;
			for (int k = 0; k < g.claims.size(); k++) {
				int[] cs = claimSpans.get(k);
				if (e != null && cs != null && g.claims.get(k)[0].equals(r.from()) && cs[0] < e[1] && e[0] < cs[1]) {
					inClaim = true;
				}
			}
			if (inClaim && !covered[i] && Boolean.getBoolean("stance.debug")) {
				String why = e == null ? "evidence-not-found" : !align.containsValue(r.from()) ? "no-from"
						: !align.containsValue(r.to()) ? "no-to" : "other";
				if (why.equals("other")) {
					boolean spoken = false;
					boolean pair = false;
					for (ClaimStances.Candidate c : cands) {
						if (r.from().equals(align.get(c.speaker().name())) && c.begin() < e[1] && e[0] < c.end()) {
							spoken = true;
							pair |= r.to().equals(align.get(c.target().name()));
						}
					}
					why = pair ? "pair-other-claim" : spoken ? "speaker-claim-no-target" : "no-engine-claim";
				}
				System.out.println("MISS\t" + why + "\t" + name + "\t" + r.from() + " -> " + r.to() + " " + r.root()
						+ "\t" + r.evidence());
			}
			if (inClaim) {
				cov[1]++;
				cov[2] += covered[i] ? 1 : 0;
				cov[3] += covered[i] && ruleTriples.contains(key) ? 1 : 0;
			}
			cov[4] += covered[i] ? 1 : 0;
			cov[5] += covered[i] && ruleTriples.contains(key) ? 1 : 0;
		}
		return new Doc(name, fold(name), features, pairs, instances, ruleTriples, goldTriples, texts);
	}

	/** Finds a gold text in the body up to white space: its [begin, end), or null. */
	private static final class Finder {
		private final StringBuilder flat = new StringBuilder();
		private final List<Integer> at = new ArrayList<>();

		Finder(String body) {
			boolean space = false;
			for (int i = 0; i < body.length(); i++) {
				char ch = body.charAt(i);
				if (Character.isWhitespace(ch)) {
					space = true;
					continue;
				}
				if (space && flat.length() > 0) {
					flat.append(' ');
					at.add(i);
				}
				space = false;
				flat.append(ch);
				at.add(i);
			}
		}

		int[] find(String text) {
			String t = text.trim().replaceAll("\\s+", " ");
			if (t.isEmpty()) {
				return null;
			}
			int i = flat.indexOf(t);
			if (i < 0) {
				return null;
			}
			return new int[] {at.get(i), at.get(i + t.length() - 1) + 1};
		}
	}

	/** The fold of an article: its batch, the article number's hundreds. */
	private static int fold(String name) {
		String n = name.replaceFirst("_.*", "");
		return n.matches("\\d+") ? Integer.parseInt(n) / 100 : 0;
	}

	private static List<String> classes(List<Doc> docs) {
		Map<String, Integer> count = new TreeMap<>();
		for (Doc d : docs) {
			for (Instance i : d.instances()) {
				count.merge(i.label(), 1, Integer::sum);
			}
		}
		System.out.println("labels: " + count);
		List<String> out = new ArrayList<>();
		out.add(ClaimStances.NONE);
		count.forEach((root, n) -> {
			if (!root.equals(ClaimStances.NONE) && n >= MIN_CLASS) {
				out.add(root);
			}
		});
		return out;
	}

	// ---- cross-validation --------------------------------------------------------------------------------------

	/** Returns {thresholds chosen on all documents, {nested F}}. */
	private static double[][] crossValidate(List<Doc> docs, List<String> classes, double l2) {
		List<List<double[]>> probs = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			probs.add(null);
		}
		Set<Integer> folds = new TreeSet<>();
		docs.forEach(d -> folds.add(d.fold()));
		for (int fold : folds) {
			List<Doc> train = docs.stream().filter(d -> d.fold() != fold).toList();
			ClaimStances.Model m = new ClaimStances.Model(classes, train(train, classes, l2), new double[0]);
			for (int i = 0; i < docs.size(); i++) {
				if (docs.get(i).fold() == fold) {
					List<double[]> p = new ArrayList<>();
					docs.get(i).features().forEach(f -> p.add(m.probabilities(f)));
					probs.set(i, p);
				}
			}
		}
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			all.add(i);
		}
		double[] never = filled(classes.size(), Double.POSITIVE_INFINITY);
		int[] rules = score(docs, probs, classes, never, all);
		System.out.printf("l2 %s — rules alone: %d right of %d (%d gold), F %.4f%n", l2, rules[0], rules[1], rules[2],
				f(rules));
		for (double t : THRESHOLDS) {
			int[] c = score(docs, probs, classes, filled(classes.size(), t), all);
			StringBuilder per = new StringBuilder();
			for (int k = 1; k < classes.size(); k++) {
				double[] only = filled(classes.size(), Double.POSITIVE_INFINITY);
				only[k] = t;
				int[] ck = score(docs, probs, classes, only, all);
				per.append(String.format(Locale.ROOT, " %s +%d/+%d", classes.get(k), ck[0] - rules[0], ck[1] - rules[1]));
			}
			System.out.printf("  add at %.2f: +%d right of +%d predicted, F %.4f;%s%n", t, c[0] - rules[0],
					c[1] - rules[1], f(c), per);
		}
		if (Boolean.getBoolean("stance.debug")) {
			for (int i = 0; i < docs.size(); i++) {
				Doc d = docs.get(i);
				for (int c = 0; c < d.features().size(); c++) {
					double[] p = probs.get(i).get(c);
					for (int k = 1; k < p.length; k++) {
						String key = d.pairs().get(c) + "|" + classes.get(k);
						if (p[k] >= 0.3 && !d.rules().contains(key)) {
							System.out.printf("ADD\t%s\t%s\t%.2f\t%s\t%s%n", d.gold().contains(key) ? "OK" : "xx",
									classes.get(k), p[k], d.name(), d.texts().get(c));
						}
					}
				}
			}
		}
		double[] chosen = choose(docs, probs, classes, all);
		int[] in = score(docs, probs, classes, chosen, all);
		int[] nested = new int[3];
		for (int fold : folds) {
			List<Integer> rest = new ArrayList<>();
			List<Integer> left = new ArrayList<>();
			for (int i = 0; i < docs.size(); i++) {
				(docs.get(i).fold() == fold ? left : rest).add(i);
			}
			int[] c = score(docs, probs, classes, choose(docs, probs, classes, rest), left);
			for (int k = 0; k < 3; k++) {
				nested[k] += c[k];
			}
		}
		System.out.printf("  chosen %s: +%d right of +%d, F %.4f; chosen per left-out batch: +%d right of +%d,"
				+ " F %.4f%n", Arrays.toString(chosen), in[0] - rules[0], in[1] - rules[1], f(in), nested[0] - rules[0],
				nested[1] - rules[1], f(nested));
		return new double[][] {chosen, {f(nested)}};
	}

	/** One threshold for all classes, then one pass per class. */
	private static double[] choose(List<Doc> docs, List<List<double[]>> probs, List<String> classes,
			List<Integer> on) {
		double[] th = filled(classes.size(), Double.POSITIVE_INFINITY);
		double bestF = f(score(docs, probs, classes, th, on));
		double bestT = Double.POSITIVE_INFINITY;
		for (double t : THRESHOLDS) {
			double fs = f(score(docs, probs, classes, filled(classes.size(), t), on));
			if (fs > bestF + 1e-9) {
				bestF = fs;
				bestT = t;
			}
		}
		th = filled(classes.size(), bestT);
		for (int k = 1; k < classes.size(); k++) {
			double keep = th[k];
			for (double t : PER_CLASS_GRID) {
				th[k] = t;
				double fs = f(score(docs, probs, classes, th, on));
				if (fs > bestF + 1e-9) {
					bestF = fs;
					keep = t;
				}
			}
			th[k] = keep;
		}
		th[0] = Double.POSITIVE_INFINITY;
		return th;
	}

	private static double[] filled(int n, double t) {
		double[] out = new double[n];
		Arrays.fill(out, t);
		out[0] = Double.POSITIVE_INFINITY;
		return out;
	}

	/** {right, predicted, gold}: the rules' triples plus each pair's best candidate score per class at threshold. */
	private static int[] score(List<Doc> docs, List<List<double[]>> probs, List<String> classes, double[] th,
			List<Integer> on) {
		int tp = 0;
		int pred = 0;
		int gold = 0;
		for (int i : on) {
			Doc d = docs.get(i);
			Set<String> predicted = new HashSet<>(d.rules());
			for (int c = 0; c < d.features().size(); c++) {
				double[] p = probs.get(i).get(c);
				for (int k = 1; k < p.length; k++) {
					if (p[k] >= th[k]) {
						predicted.add(d.pairs().get(c) + "|" + classes.get(k));
					}
				}
			}
			pred += predicted.size();
			for (String k : predicted) {
				tp += d.gold().contains(k) ? 1 : 0;
			}
			gold += d.gold().size();
		}
		return new int[] {tp, pred, gold};
	}

	private static double f(int[] c) {
		double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
		double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	// ---- training ----------------------------------------------------------------------------------------------

	static Map<String, float[]> train(List<Doc> docs, List<String> classes, double l2) {
		List<Instance> all = new ArrayList<>();
		docs.forEach(d -> all.addAll(d.instances()));
		return train(all, classes, l2, EPOCHS, MIN_COUNT);
	}

	/** Softmax regression by SGD in a fixed order; features seen fewer than {@code minCount} times are left out. */
	private static Map<String, float[]> train(List<Instance> all, List<String> classes, double l2, int epochs,
			int minCount) {
		Map<String, Integer> count = new HashMap<>();
		for (Instance i : all) {
			for (String f : new TreeSet<>(i.features())) {
				count.merge(f, 1, Integer::sum);
			}
		}
		Map<String, Integer> index = new LinkedHashMap<>();
		List<int[]> xs = new ArrayList<>();
		int[] ys = new int[all.size()];
		int n = 0;
		for (Instance i : all) {
			ys[n++] = Math.max(classes.indexOf(i.label()), 0); // a root too rare for a class of its own is "none"
			xs.add(new TreeSet<>(i.features()).stream().filter(f -> count.get(f) >= minCount)
					.mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray());
		}
		int k = classes.size();
		double[][] w = new double[index.size()][k];
		double[] z = new double[k];
		long step = n > 1 && n % 7919 == 0 ? 7907 : 7919; // a stride coprime with n: a fixed permutation per epoch
		for (int epoch = 0; epoch < epochs; epoch++) {
			double rate = RATE / (1 + epoch);
			for (int j = 0; j < n; j++) {
				int i = (int) ((j * step + epoch * 104729L) % n);
				int[] x = xs.get(i);
				Arrays.fill(z, 0);
				for (int f : x) {
					for (int c = 0; c < k; c++) {
						z[c] += w[f][c];
					}
				}
				ClaimStances.Model.softmax(z); // the runtime's softmax (ClaimStances.Model.probabilities)
				for (int f : x) {
					for (int c = 0; c < k; c++) {
						double g = (c == ys[i] ? 1 : 0) - z[c];
						w[f][c] += rate * (g - l2 * w[f][c]);
					}
				}
			}
		}
		Map<String, float[]> out = new TreeMap<>();
		index.forEach((name, f) -> {
			float[] v = new float[k];
			boolean any = false;
			for (int c = 0; c < k; c++) {
				v[c] = Math.round(w[f][c] * 1000) / 1000f;
				any |= v[c] != 0;
			}
			if (any) {
				out.put(name, v);
			}
		});
		return out;
	}

	/** A model trained on hand-made instances (features and a label each), for the unit tests. */
	public static ClaimStances.Model tiny(List<List<String>> features, List<String> labels, double threshold) {
		List<Instance> all = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			all.add(new Instance(features.get(i), labels.get(i)));
		}
		List<String> classes = new ArrayList<>();
		classes.add(ClaimStances.NONE);
		new TreeSet<>(labels).stream().filter(l -> !l.equals(ClaimStances.NONE)).forEach(classes::add);
		double[] th = new double[classes.size()];
		Arrays.fill(th, threshold);
		th[0] = Double.POSITIVE_INFINITY;
		return new ClaimStances.Model(classes, train(all, classes, 1e-4, 30, 1), th);
	}

	private static void write(Path file, List<String> classes, Map<String, float[]> w, double[] threshold, double l2,
			double nestedF, List<Doc> docs) throws IOException {
		Set<Integer> folds = new TreeSet<>();
		docs.forEach(d -> folds.add(d.fold()));
		String over = System.getProperty("stance.threshold");
		if (over != null) { // chosen on the select set (aggregate score), recorded here
			threshold = filled(classes.size(), Double.parseDouble(over));
			List<String> only = List.of(System.getProperty("stance.only", String.join(",", classes)).split(","));
			for (int c = 1; c < classes.size(); c++) {
				if (!only.contains(classes.get(c))) {
					threshold[c] = Double.POSITIVE_INFINITY;
				}
			}
		}
		StringBuilder sb = new StringBuilder();
		sb.append("# Claim-stance model (org.sourcebench.extract.relations.ClaimStances): softmax-regression weights over\n");
		sb.append("# the features of a (claim speaker, other actor of the claim) candidate, one column per class of\n");
		sb.append("# @classes. Trained by org.sourcebench.extract.eval.ClaimStanceTrainer (releng/scripts/train-claim-stances.sh)\n");
		sb.append("# from ").append(docs.size()).append(" articles of the study half of our own gold annotations (folds by article number: ")
				.append(folds).append(");\n");
		sb.append("# select, check and fresh were never trained on. l2 ").append(l2).append(", ").append(EPOCHS)
				.append(" epochs, features seen at least ").append(MIN_COUNT).append(" times;\n");
		sb.append(String.format(Locale.ROOT, "# nested leave-one-batch-out typed-relation F with the rule readers %.4f.%n", nestedF));
		sb.append("# @threshold: per class the probability at or above which a relationship the rule readers lack is\n");
		sb.append("# added (Infinity: never)").append(over == null ? ", chosen by the cross-validation" : ", chosen on the select set")
				.append(". Source: trained for Sourcebench from its own\n# annotations; license CC BY 4.0.\n");
		sb.append("@classes\t").append(String.join(" ", classes)).append('\n');
		sb.append("@threshold\t");
		for (int c = 0; c < threshold.length; c++) {
			sb.append(c == 0 ? "" : " ").append(threshold[c]);
		}
		sb.append('\n');
		w.forEach((name, v) -> {
			sb.append(name).append('\t');
			for (int c = 0; c < v.length; c++) {
				sb.append(c == 0 ? "" : " ").append(v[c] == 0 ? "0" : Float.toString(v[c]));
			}
			sb.append('\n');
		});
		Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
		Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
		Files.writeString(tmp, sb, StandardCharsets.UTF_8);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("model: " + file + " (" + w.size() + " features, " + classes.size() + " classes)");
	}

	// ---- gold --------------------------------------------------------------------------------------------------

	private record Rel(String from, String to, String root, String evidence) {
	}

	private static final class Gold {
		final Map<String, Set<String>> actors = new LinkedHashMap<>();
		final List<Rel> relations = new ArrayList<>();
		/** Speaker and text of each claim. */
		final List<String[]> claims = new ArrayList<>();

		static Map<String, Gold> read(Path tsv) {
			Map<String, Gold> out = new HashMap<>();
			try {
				for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
					String[] c = line.split("\t", -1);
					if (c.length < 4) {
						continue;
					}
					Gold g = out.computeIfAbsent(c[0], k -> new Gold());
					if (c[1].equals("A")) {
						Set<String> names = g.actors.computeIfAbsent(c[2], k -> new HashSet<>());
						names.add(norm(c[2]));
						for (String m : c[3].split("\\|")) {
							if (!m.isBlank()) {
								names.add(norm(m));
							}
						}
					} else if (c[1].equals("R") && c.length >= 6) {
						g.relations.add(new Rel(c[2], c[3], c[4], c[5]));
					} else if (c[1].equals("C")) {
						g.claims.add(new String[] {c[2], c[3]});
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(tsv + ": cannot read", e);
			}
			return out;
		}

		/** Document actor name -> gold actor name, one to one: most shared normalised names first, exact name next. */
		Map<String, String> align(String body, DocActors doc) {
			record Pairing(int shared, boolean exact, String doc, String gold) {
			}
			List<Pairing> pairings = new ArrayList<>();
			for (DocActor a : doc.actors()) {
				Set<String> names = new HashSet<>();
				names.add(norm(a.name()));
				for (int[] s : a.spans()) {
					names.add(norm(body.substring(s[0], s[1])));
				}
				names.remove("");
				for (Map.Entry<String, Set<String>> g : actors.entrySet()) {
					int shared = 0;
					for (String n : names) {
						shared += g.getValue().contains(n) ? 1 : 0;
					}
					if (shared > 0) {
						pairings.add(new Pairing(shared, norm(g.getKey()).equals(norm(a.name())), a.name(), g.getKey()));
					}
				}
			}
			pairings.sort((x, y) -> x.shared() != y.shared() ? y.shared() - x.shared()
					: x.exact() != y.exact() ? Boolean.compare(y.exact(), x.exact())
							: (x.doc() + "\t" + x.gold()).compareTo(y.doc() + "\t" + y.gold()));
			Map<String, String> out = new HashMap<>();
			Set<String> used = new HashSet<>();
			for (Pairing p : pairings) {
				if (!out.containsKey(p.doc()) && used.add(p.gold())) {
					out.put(p.doc(), p.gold());
				}
			}
			return out;
		}
	}

	/** The scorer's normalisation, roughly: NFKC, lower case, outer punctuation, "the " and "'s" stripped. */
	static String norm(String s) {
		String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
				.trim();
		String prev = null;
		while (!t.equals(prev)) {
			prev = t;
			t = t.replaceAll("^[\\p{Punct}\\s\u2018\u2019\u201c\u201d\u2013\u2014]+|[\\p{Punct}\\s\u2018\u2019\u201c\u201d\u2013\u2014]+$", "");
			if (t.startsWith("the ")) {
				t = t.substring(4);
			}
			if (t.endsWith("'s") || t.endsWith("\u2019s")) {
				t = t.substring(0, t.length() - 2);
			}
		}
		return t;
	}
}
