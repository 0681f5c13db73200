package org.sourcebench.extract.relations.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.relations.LearnedLinker;
import org.sourcebench.extract.relations.LinkerFeatures;

/**
 * Trains the learned relation linker ({@link LearnedLinker}) from gold annotations; not run in the build.
 * <p>
 * {@code LinkerTrainer OUT.tsv GOLD.tsv ARTICLE_DIR...}: GOLD.tsv is written by {@code releng/scripts/linker-gold.py}
 * from the gold files of the STUDY half (and own articles); every {@code .txt} article of the folders (a title line,
 * then the body) with gold is read by the default engine, whose linker records its candidates. A candidate is
 * positive when the gold has (source, target, root) for the gold actors its sides align to (the gold actor sharing
 * most normalised names and mentions). The model is a logistic regression (SGD, L2, fixed order: deterministic); the
 * threshold is the one that maximises typed-relation F1 (rule readers' relationships plus the linker's additions)
 * under leave-one-batch-out cross-validation (the transfer to a batch never seen; folds of every sixth article with
 * {@code -Dlinker.folds=article} are optimistic: articles of a batch share topics); the final model is trained on
 * every article and written with it. {@code -Dlinker.search=true} prints the cross-validated F1 of other
 * regularisations and feature sets instead.
 * <p>
 * Recipe (the study half as {@code eval-extract.sh study} links it; load the model with {@link LearnedLinker#load}):
 * <pre>
 * releng/scripts/eval-extract.sh study    # links the study half into $EVAL_OUT/sets/study
 * releng/scripts/linker-gold.py /tmp/gold.tsv $EVAL_OUT/sets/study/gold tests/.../resources/gold/1*.json
 * java -cp ... org.sourcebench.extract.relations.train.LinkerTrainer /tmp/relation-linker.tsv \
 *     /tmp/gold.tsv $EVAL_OUT/sets/study/articles tests/org.sourcebench.extract.tests/resources/articles
 * </pre>
 */
public final class LinkerTrainer {

	/** Folds of the article-wise cross-validation (by batch: one fold per batch). */
	private static final int FOLDS = 6;
	private static final int EPOCHS = 12;
	private static final double RATE = 0.1;
	private static double l2 = Double.parseDouble(System.getProperty("linker.l2", "1e-3"));
	/** Feature prefixes left out (comma-separated, {@code -Dlinker.drop=l=,pp=}): a measured choice. */
	private static List<String> drop = List.of(System.getProperty("linker.drop", "l=,pp=").split(","));

	/** One article: its candidates' features and gold keys, the rule readers' keys, its gold triples. */
	private record Doc(String name, List<List<String>> features, List<String> goldKeys, List<String> docKeys,
			Set<String> ruleGold, int ruleFalse, Set<String> gold) {
	}

	private LinkerTrainer() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: LinkerTrainer OUT.tsv GOLD.tsv ARTICLE_DIR...");
			System.exit(2);
		}
		Map<String, Gold> gold = Gold.read(Path.of(args[1]));
		List<Doc> docs = new ArrayList<>();
		List<Object[]> last = new ArrayList<>();
		ExtractionEngine engine = ExtractionEngine.withLinker(new LearnedLinker(Map.of(), Double.POSITIVE_INFINITY,
				(body, actors, rules, candidates) -> last.add(new Object[] {body, actors, rules, candidates})));
		for (int i = 2; i < args.length; i++) {
			List<Path> files;
			try (Stream<Path> s = Files.list(Path.of(args[i]))) {
				files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
			}
			for (Path f : files) {
				String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
				Gold g = gold.get(name);
				if (g == null) {
					continue;
				}
				String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
				if (text.startsWith("\ufeff")) {
					text = text.substring(1);
				}
				last.clear();
				engine.extract(text.substring(text.indexOf('\n') + 1));
				docs.add(doc(name, g, last.get(0)));
			}
		}
		int positives = 0;
		int candidates = 0;
		for (Doc d : docs) {
			candidates += d.features().size();
			positives += (int) d.goldKeys().stream().filter(k -> k != null).count();
		}
		System.out.printf("%d articles, %d candidates, %d positive%n", docs.size(), candidates, positives);
		if (Boolean.getBoolean("linker.search")) {
			for (String d : List.of("", "l=", "l=,pp=", "l=,pp=,psr=,ptr=")) {
				for (double r : new double[] {1e-3, 1e-2, 3e-2}) {
					l2 = r;
					drop = List.of(d.split(","));
					System.out.printf("== l2 %s, without %s%n", r, d);
					crossValidate(docs);
				}
			}
			return;
		}
		double threshold = crossValidate(docs);
		Map<String, Double> w = train(docs);
		write(Path.of(args[0]), w, threshold, docs.size(), args);
	}

	@SuppressWarnings("unchecked")
	private static Doc doc(String name, Gold g, Object[] seen) {
		String body = (String) seen[0];
		DocActors actors = (DocActors) seen[1];
		List<ExtractedRelationship> rules = (List<ExtractedRelationship>) seen[2];
		List<LinkerFeatures.Candidate> cands = (List<LinkerFeatures.Candidate>) seen[3];
		Map<String, String> align = g.align(body, actors);
		List<List<String>> features = new ArrayList<>();
		List<String> goldKeys = new ArrayList<>();
		List<String> docKeys = new ArrayList<>();
		for (LinkerFeatures.Candidate c : cands) {
			features.add(c.features());
			docKeys.add(c.key());
			goldKeys.add(g.triple(align, c.source().actor().name(), c.target().actor().name(), c.root()));
		}
		Set<String> ruleGold = new HashSet<>();
		int ruleFalse = 0;
		for (ExtractedRelationship r : rules) {
			String k = g.triple(align, r.from(), r.to(), r.root());
			if (k != null && ruleGold.add(k)) {
				continue;
			}
			ruleFalse++;
		}
		return new Doc(name, features, goldKeys, docKeys, ruleGold, ruleFalse, g.triples);
	}

	/** Article-wise cross-validation: prints P/R/F per threshold, returns the best threshold. */
	private static double crossValidate(List<Doc> docs) {
		List<Map<String, Double>> scores = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			scores.add(null);
		}
		Set<Integer> folds = new java.util.TreeSet<>();
		for (int i = 0; i < docs.size(); i++) {
			folds.add(fold(docs, i));
		}
		for (int fold : folds) {
			List<Doc> train = new ArrayList<>();
			for (int i = 0; i < docs.size(); i++) {
				if (fold(docs, i) != fold) {
					train.add(docs.get(i));
				}
			}
			Map<String, Double> w = train(train);
			for (int i = 0; i < docs.size(); i++) {
				if (fold(docs, i) != fold) {
					continue;
				}
				Doc d = docs.get(i);
				Map<String, Double> best = new HashMap<>();
				for (int c = 0; c < d.features().size(); c++) {
					double p = probability(w, d.features().get(c));
					best.merge(d.docKeys().get(c), p, Math::max);
				}
				scores.set(i, best);
			}
		}
		int gold = 0;
		int ruleTrue = 0;
		int ruleFalse = 0;
		for (Doc d : docs) {
			gold += d.gold().size();
			ruleTrue += d.ruleGold().size();
			ruleFalse += d.ruleFalse();
		}
		System.out.printf("rules alone: P %.3f R %.3f F %.3f (%d gold)%n", p(ruleTrue, ruleTrue + ruleFalse),
				p(ruleTrue, gold), f(ruleTrue, ruleTrue + ruleFalse, gold), gold);
		double bestF = f(ruleTrue, ruleTrue + ruleFalse, gold);
		double bestT = Double.POSITIVE_INFINITY;
		for (int step = 20; step >= 1; step--) {
			double t = step / 20.0;
			int tp = ruleTrue;
			int pred = ruleTrue + ruleFalse;
			int added = 0;
			for (int i = 0; i < docs.size(); i++) {
				Doc d = docs.get(i);
				Set<String> matched = new HashSet<>(d.ruleGold());
				Set<String> done = new HashSet<>();
				for (int c = 0; c < d.features().size(); c++) {
					String key = d.docKeys().get(c);
					if (d.features().get(c).contains("rules=same") || !done.add(key)
							|| scores.get(i).get(key) < t) {
						continue;
					}
					added++;
					pred++;
					String g = d.goldKeys().get(c);
					if (g != null && matched.add(g)) {
						tp++;
					}
				}
			}
			double fs = f(tp, pred, gold);
			if (!Boolean.getBoolean("linker.search") || step % 4 == 0)
			System.out.printf("threshold %.2f: +%d relations (%.2f per article), P %.3f R %.3f F %.3f%n", t, added,
					added / (double) docs.size(), p(tp, pred), p(tp, gold), fs);
			if (fs > bestF + 1e-9) {
				bestF = fs;
				bestT = t;
			}
		}
		System.out.printf("chosen threshold %s (cross-validated F %.3f)%n", bestT, bestF);
		return bestT;
	}

	/**
	 * The fold of an article: its batch (the first digit of its number: own 1xx, batch 1 2xx, ... batch 5 6xx), or
	 * with {@code -Dlinker.folds=article} every sixth article.
	 */
	private static int fold(List<Doc> docs, int i) {
		if (!"article".equals(System.getProperty("linker.folds"))) {
			return docs.get(i).name().charAt(0) - '1';
		}
		return i % FOLDS;
	}

	private static double p(int a, int b) {
		return b == 0 ? 0 : a / (double) b;
	}

	private static double f(int tp, int pred, int gold) {
		double p = p(tp, pred);
		double r = p(tp, gold);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	private static double probability(Map<String, Double> w, List<String> f) {
		double z = 0;
		for (String name : f) {
			z += w.getOrDefault(name, 0.0);
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** Logistic regression by SGD in a fixed order (candidates already seen by the rules are left out). */
	private static Map<String, Double> train(List<Doc> docs) {
		Map<String, Integer> index = new HashMap<>();
		List<int[]> xs = new ArrayList<>();
		List<Boolean> ys = new ArrayList<>();
		for (Doc d : docs) {
			for (int c = 0; c < d.features().size(); c++) {
				List<String> f = d.features().get(c);
				if (f.contains("rules=same")) {
					continue;
				}
				int[] x = f.stream().filter(LinkerTrainer::kept)
						.mapToInt(name -> index.computeIfAbsent(name, n -> index.size())).toArray();
				xs.add(x);
				ys.add(d.goldKeys().get(c) != null);
			}
		}
		double[] w = new double[index.size()];
		int n = xs.size();
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			double rate = RATE / (1 + epoch);
			for (int j = 0; j < n; j++) {
				int i = (int) ((j * 7919L + epoch * 104729L) % n); // fixed permutation per epoch (n and 7919 coprime)
				int[] x = xs.get(i);
				double z = 0;
				for (int k : x) {
					z += w[k];
				}
				double g = (ys.get(i) ? 1 : 0) - 1 / (1 + Math.exp(-z));
				for (int k : x) {
					w[k] += rate * (g - l2 * w[k]);
				}
			}
		}
		Map<String, Double> out = new TreeMap<>();
		index.forEach((name, k) -> {
			if (Math.abs(w[k]) >= 1e-3) {
				out.put(name, Math.round(w[k] * 10000) / 10000.0);
			}
		});
		return out;
	}

	private static boolean kept(String feature) {
		for (String prefix : drop) {
			if (!prefix.isEmpty() && feature.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	private static void write(Path file, Map<String, Double> w, double threshold, int articles, String[] args)
			throws IOException {
		StringBuilder sb = new StringBuilder();
		sb.append("# Learned relation linker (org.sourcebench.extract.relations.LearnedLinker): logistic-regression weights\n");
		sb.append("# over the candidate features of LinkerFeatures, trained by relations.train.LinkerTrainer from ")
				.append(articles).append(" articles\n");
		sb.append("# of our own gold annotations (the STUDY half of the development batches, odd article numbers, and\n");
		sb.append("# own articles 101-113); the check half was never used. Threshold chosen by article-wise cross-validation.\n");
		sb.append("# Source: trained for Sourcebench from its own annotations; license CC BY 4.0.\n");
		sb.append("# columns: feature\\tweight (").append(THRESHOLD_NOTE).append(")\n");
		sb.append(LearnedLinker.THRESHOLD).append('\t').append(threshold).append('\n');
		w.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.write(file.toAbsolutePath(), false, out -> out.write(bytes));
		System.out.println("model: " + file + " (" + w.size() + " weights, threshold " + threshold + ")");
	}

	private static final String THRESHOLD_NOTE = "@threshold: the probability at or above which a relationship is added";

	/** One article's gold: actor names and mentions, and its (from, to, root) triples. */
	private static final class Gold {
		final Map<String, Set<String>> actors = new LinkedHashMap<>();
		final Set<String> triples = new HashSet<>();

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
					} else if (c[1].equals("R") && c.length >= 5) {
						g.triples.add(c[2] + "|" + c[3] + "|" + c[4]);
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(tsv + ": cannot read", e);
			}
			return out;
		}

		/** Document actor name -> gold actor name (most shared normalised names and mentions; none: absent). */
		Map<String, String> align(String body, DocActors doc) {
			Map<String, String> out = new HashMap<>();
			for (DocActor a : doc.actors()) {
				Set<String> names = new HashSet<>();
				names.add(norm(a.name()));
				for (int[] s : a.spans()) {
					names.add(norm(body.substring(s[0], s[1])));
				}
				String best = null;
				int most = 0;
				for (Map.Entry<String, Set<String>> g : actors.entrySet()) {
					int shared = 0;
					for (String n : names) {
						shared += g.getValue().contains(n) ? 1 : 0;
					}
					if (norm(g.getKey()).equals(norm(a.name()))) {
						shared += 100;
					}
					if (shared > most) {
						most = shared;
						best = g.getKey();
					}
				}
				if (best != null) {
					out.put(a.name(), best);
				}
			}
			return out;
		}

		/** The gold triple of a document (from, to, root), or null when the gold has none. */
		String triple(Map<String, String> align, String from, String to, String root) {
			String f = align.get(from);
			String t = align.get(to);
			if (f == null || t == null) {
				return null;
			}
			String k = f + "|" + t + "|" + root;
			return triples.contains(k) ? k : null;
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
