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
import java.util.IdentityHashMap;
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
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.relations.LearnedRelations;
import org.sourcebench.extract.relations.RelationCandidates;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Trains the learned relation model ({@link LearnedRelations}) from gold annotations, reproducibly:
 * {@code RelationTrainer OUT.tsv GOLD.tsv ARTICLE_DIR...} ({@code releng/scripts/train-relations.sh} passes the
 * study half of the development articles; {@code GOLD.tsv} is what {@code releng/scripts/relation-gold.py} writes).
 * <ol>
 * <li><b>Candidates.</b> The engine reads every article with the rule readers; the stage's sink records its
 * candidates and the rules' relationships.</li>
 * <li><b>Labels.</b> Each document actor is aligned to the gold actor sharing most of its normalised names; a
 * candidate is labelled with the root of every gold relationship of its aligned pair whose evidence lies in its
 * sentence (most of the evidence's words) or cannot be found; "none" when the gold relates the pair in no way
 * (candidates of a pair the gold relates only in another sentence are left out).</li>
 * <li><b>Model.</b> Softmax regression by stochastic gradient descent in a fixed order (deterministic), L2; the
 * regularisation and the threshold are chosen by leave-one-batch-out cross-validation on the documents' typed
 * relations (the rules' triples plus those the model adds), one threshold for all classes first, then per class
 * (one pass; "never" is a choice); then the model is trained on all documents. Measured and left out: re-typing the
 * rules' relationships by the model, dropping those it scores low, word-form features (each lowered the
 * cross-validated score).</li>
 * </ol>
 * Properties: {@code -Dlearned.l2=...} (comma-separated grid), {@code -Dlearned.epochs}, {@code -Dlearned.minCount},
 * {@code -Dlearned.oneThreshold=true}; experiments: {@code -Dlearned.filters=...} (candidate filters and dropped
 * feature prefixes, cross-validation only), {@code -Dlearned.debug=true} (gold relations without a candidate, and
 * what the cross-validated model adds).
 */
public final class RelationTrainer {

	private static final double RATE = 0.2;
	private static final int EPOCHS = Integer.getInteger("learned.epochs", 10);
	private static final int MIN_COUNT = Integer.getInteger("learned.minCount", 2);
	/** Fewest training instances of a root for it to be a class of its own. */
	private static final int MIN_CLASS = 4;
	private static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
			0.75, 0.8, 0.85, 0.9};

	/** One training instance: features and a class label ("none" or a root). */
	private record Instance(List<String> features, String label) {
	}

	/** One article: its candidates (features, pair in gold names or "?" and the document's), rule triples, gold triples. */
	private record Doc(String name, int fold, List<List<String>> features, List<String> goldPairs,
			List<Instance> instances, List<String[]> rules, Set<String> gold, List<String> texts) {
	}

	private RelationTrainer() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: RelationTrainer OUT.tsv GOLD.tsv ARTICLE_DIR...");
			System.exit(2);
		}
		Map<String, Gold> gold = Gold.read(Path.of(args[1]));
		List<Object[]> raw = read(gold, Arrays.asList(args).subList(2, args.length));
		String experiments = System.getProperty("learned.filters");
		if (experiments != null) {
			for (String f : experiments.split(";", -1)) {
				filter = f.split("\\|", -1)[0];
				drop = f.contains("|") ? List.of(f.split("\\|", -1)[1].split(",")) : List.of();
				System.out.println("== filter " + f);
				List<Doc> docs = docs(raw, gold);
				for (String l2s : System.getProperty("learned.l2", "1e-3").split(",")) {
					crossValidate(docs, classes(docs), Double.parseDouble(l2s));
				}
			}
			return;
		}
		List<Doc> docs = docs(raw, gold);
		List<String> classes = classes(docs);
		int instances = 0;
		for (Doc d : docs) {
			instances += d.instances().size();
		}
		System.out.printf("%d articles, %d candidates, %d training instances, classes %s%n", docs.size(),
				docs.stream().mapToInt(d -> d.features().size()).sum(), instances, classes);
		Choice best = null;
		double bestL2 = 0;
		for (String l2s : System.getProperty("learned.l2", "1e-3,1e-2").split(",")) {
			double l2 = Double.parseDouble(l2s);
			Choice c = crossValidate(docs, classes, l2);
			if (best == null || c.f() > best.f() + 1e-9) {
				best = c;
				bestL2 = l2;
			}
		}
		System.out.printf("chosen: l2 %s, %s (cross-validated F %.3f)%n", bestL2, best.setting(), best.f());
		Map<String, float[]> w = train(docs, classes, bestL2);
		write(Path.of(args[0]), classes, w, best.setting(), bestL2, best.f(), docs, args);
	}

	private static List<Doc> docs(List<Object[]> raw, Map<String, Gold> gold) {
		List<Doc> docs = new ArrayList<>();
		int[] coverage = new int[3 + 2 * WHY.length];
		for (Object[] r : raw) {
			String name = (String) r[4];
			docs.add(doc(name, gold.get(name), r, coverage));
		}
		System.out.printf("candidate recall: %d of %d gold relations have a candidate of their pair in their"
				+ " evidence sentence (%.3f), %d in some sentence%n", coverage[0], coverage[2],
				coverage[0] / (double) Math.max(1, coverage[2]), coverage[1]);
		StringBuilder why = new StringBuilder("coverage of the gold relations (first reason):");
		for (int k = 0; k < WHY.length; k++) {
			why.append(String.format(Locale.ROOT, "%n  %-68s %4d (%.3f), the rules find %d", WHY[k], coverage[3 + k],
					coverage[3 + k] / (double) Math.max(1, coverage[2]), coverage[3 + WHY.length + k]));
		}
		System.out.println(why);
		return docs;
	}

	/** The reasons a gold relation has a candidate or not, in the order they are tested. */
	private static final String[] WHY = {"evidence not found in the article's sentences",
			"its source is no extracted actor (aligned as the scorer does)",
			"its target is no extracted actor",
			"both extracted, not both mentioned in the evidence sentence",
			"both mentioned there (names only), no candidate of the pair",
			"covered only by a candidate with a resolved pronoun as a side",
			"covered by a candidate of the pair's names in the evidence sentence"};

	/** The index in {@link #WHY} of gold relation {@code r}. */
	private static int why(Rel r, Set<ParsedSentence> where, Map<String, String> align, DocActors actors,
			boolean covered, boolean byName) {
		if (where.isEmpty()) {
			return 0;
		}
		if (covered) {
			return byName ? WHY.length - 1 : WHY.length - 2;
		}
		if (!align.containsValue(r.from())) {
			return 1;
		}
		if (!align.containsValue(r.to())) {
			return 2;
		}
		for (ParsedSentence s : where) {
			Set<String> in = new HashSet<>();
			for (var m : actors.within(s.start(0), s.end(s.size() - 1))) {
				String gold = align.get(m.actor().name());
				if (gold != null) {
					in.add(gold);
				}
			}
			if (in.contains(r.from()) && in.contains(r.to())) {
				return 4;
			}
		}
		return 3;
	}

	/** Runs the engine over the articles that have gold, recording each one's candidates. */
	private static List<Object[]> read(Map<String, Gold> gold, List<String> dirs) throws IOException {
		List<Object[]> last = new ArrayList<>();
		LearnedRelations recorder = new LearnedRelations(
				new LearnedRelations.Model(List.of(LearnedRelations.NONE), Map.of(), Double.POSITIVE_INFINITY),
				(body, sentences, actors, rules, candidates) -> last.add(new Object[] {body, actors, rules, candidates,
						sentences}));
		ExtractionEngine engine = ExtractionEngine.withLearned(recorder);
		List<Object[]> docs = new ArrayList<>();
		for (String dir : dirs) {
			List<Path> files;
			try (Stream<Path> s = Files.list(Path.of(dir))) {
				files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
			}
			for (Path f : files) {
				String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
				Gold g = gold.get(name);
				if (g == null) {
					continue;
				}
				String body = name.equals(TestResources.SEED) ? TestResources.body(TestResources.SEED)
						: TestResources.titleThenBody(Files.readString(f, StandardCharsets.UTF_8));
				last.clear();
				engine.extract(body, EngineExport.published(f));
				Object[] seen = Arrays.copyOf(last.get(0), 6);
				seen[5] = seen[4];
				seen[4] = name;
				docs.add(seen);
			}
		}
		return docs;
	}

	@SuppressWarnings("unchecked")
	private static Doc doc(String name, Gold g, Object[] seen, int[] coverage) {
		String body = (String) seen[0];
		DocActors actors = (DocActors) seen[1];
		List<ExtractedRelationship> rules = (List<ExtractedRelationship>) seen[2];
		List<RelationCandidates.Candidate> cands = (List<RelationCandidates.Candidate>) seen[3];
		Map<String, String> align = g.align(body, actors);
		// the sentences each gold relationship's evidence lies in (empty: not found)
		Map<ParsedSentence, Set<String>> words = new IdentityHashMap<>();
		List<ParsedSentence> sentences = (List<ParsedSentence>) seen[5];
		for (ParsedSentence sentence : sentences) {
			words.computeIfAbsent(sentence, s -> {
				Set<String> w = new HashSet<>();
				for (int i = 0; i < s.size(); i++) {
					w.add(norm(s.word(i)));
				}
				return w;
			});
		}
		List<Set<ParsedSentence>> where = new ArrayList<>();
		for (Rel r : g.relations) {
			where.add(evidenceSentences(r.evidence(), words));
		}
		List<List<String>> features = new ArrayList<>();
		List<String> goldPairs = new ArrayList<>();
		List<Instance> instances = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		boolean[] covered = new boolean[g.relations.size()];
		boolean[] pairSeen = new boolean[g.relations.size()];
		boolean[] byName = new boolean[g.relations.size()];
		int[] whyOf = new int[g.relations.size()];
		for (RelationCandidates.Candidate c : cands) {
			if (!kept(c.features())) {
				continue;
			}
			String f = align.get(c.source().actor().name());
			String t = align.get(c.target().actor().name());
			features.add(c.features());
			ParsedSentence cs = c.sentence();
			texts.add(c.pair() + "\t" + body.substring(cs.start(0), cs.end(cs.size() - 1)).replace('\n', ' '));
			goldPairs.add(f == null || t == null ? "?" + c.pair() : f + "|" + t);
			Set<String> labels = new TreeSet<>();
			boolean elsewhere = false;
			for (int i = 0; i < g.relations.size(); i++) {
				Rel r = g.relations.get(i);
				if (f == null || t == null || !r.from().equals(f) || !r.to().equals(t)) {
					continue;
				}
				pairSeen[i] = true;
				if (where.get(i).isEmpty() || where.get(i).contains(c.sentence())) {
					labels.add(r.root());
					covered[i] = true;
					byName[i] |= !c.features().contains("pro=s") && !c.features().contains("pro=t");
				} else {
					elsewhere = true;
				}
			}
			if (labels.isEmpty() && !elsewhere) {
				instances.add(new Instance(c.features(), LearnedRelations.NONE));
			}
			for (String l : labels) {
				instances.add(new Instance(c.features(), l));
			}
		}
		for (int i = 0; i < covered.length; i++) {
			if (!covered[i] && Boolean.getBoolean("learned.debug")) {
				Rel r = g.relations.get(i);
				String why = !align.containsValue(r.from()) ? "no-from" : !align.containsValue(r.to()) ? "no-to"
						: pairSeen[i] ? "other-sentence" : where.get(i).isEmpty() ? "not-together" : "not-in-evidence";
				System.out.println("MISS\t" + why + "\t" + name + "\t" + r.from() + " -> " + r.to() + " " + r.root()
						+ "\t" + r.evidence());
			}
			coverage[0] += covered[i] ? 1 : 0;
			coverage[1] += pairSeen[i] ? 1 : 0;
			whyOf[i] = why(g.relations.get(i), where.get(i), align, actors, covered[i], byName[i]);
			coverage[3 + whyOf[i]]++;
		}
		coverage[2] += g.relations.size();
		List<String[]> ruleTriples = new ArrayList<>();
		for (ExtractedRelationship r : rules) {
			String f = align.get(r.from());
			String t = align.get(r.to());
			ruleTriples.add(new String[] {f == null || t == null ? "?" + r.from() + "|" + r.to() : f + "|" + t, r.root()});
		}
		Set<String> ruleKeys = new HashSet<>();
		ruleTriples.forEach(r -> ruleKeys.add(r[0] + "|" + r[1]));
		for (int i = 0; i < whyOf.length; i++) {
			Rel r = g.relations.get(i);
			if (ruleKeys.contains(r.from() + "|" + r.to() + "|" + r.root())) {
				coverage[3 + WHY.length + whyOf[i]]++;
			}
		}
		Set<String> goldTriples = new HashSet<>();
		g.relations.forEach(r -> goldTriples.add(r.from() + "|" + r.to() + "|" + r.root()));
		return new Doc(name, fold(name), features, goldPairs, instances, ruleTriples, goldTriples, texts);
	}

	/** Experiment: {@code -Dlearned.filter=a,b} leaves out candidates with a feature starting with a or b ("!x": without one). */
	private static String filter = System.getProperty("learned.filter", "");
	/** Feature prefixes the model leaves out ({@code -Dlearned.drop=pl=,bw=}): a measured choice. */
	private static List<String> drop = List.of(System.getProperty("learned.drop", "").split(","));

	private static boolean used(String feature) {
		for (String prefix : drop) {
			if (!prefix.isEmpty() && feature.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	private static boolean kept(List<String> features) {
		for (String rule : filter.split(",")) {
			if (rule.isEmpty()) {
				continue;
			}
			boolean without = rule.startsWith("!");
			String prefix = without ? rule.substring(1) : rule;
			boolean has = features.stream().anyMatch(x -> x.startsWith(prefix));
			if (has != without) {
				return false;
			}
		}
		return true;
	}

	/** The sentences holding most of the evidence's words (at least 60 %, else the best one at 40 %), or none. */
	private static Set<ParsedSentence> evidenceSentences(String evidence, Map<ParsedSentence, Set<String>> words) {
		Set<ParsedSentence> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<String> ev = new ArrayList<>();
		for (String w : evidence.split("[\\s\\p{Punct}\u2018\u2019\u201c\u201d]+")) {
			if (!w.isBlank()) {
				ev.add(norm(w));
			}
		}
		if (ev.isEmpty()) {
			return out;
		}
		double best = 0;
		ParsedSentence top = null;
		for (Map.Entry<ParsedSentence, Set<String>> e : words.entrySet()) {
			int in = 0;
			for (String w : ev) {
				in += e.getValue().contains(w) ? 1 : 0;
			}
			double share = in / (double) ev.size();
			if (share >= 0.6) {
				out.add(e.getKey());
			}
			if (share > best) {
				best = share;
				top = e.getKey();
			}
		}
		if (out.isEmpty() && best >= 0.4) {
			out.add(top);
		}
		return out;
	}

	/** The fold of an article: its batch, the article number's hundreds (own 1xx, batch 1 2xx, ... batch 9 10xx). */
	private static int fold(String name) {
		String n = name.replaceFirst("_.*", "");
		return n.matches("\\d+") ? Integer.parseInt(n) / 100 : 0;
	}

	/** "none" and every root with at least {@link #MIN_CLASS} training instances, sorted. */
	private static List<String> classes(List<Doc> docs) {
		Map<String, Integer> count = new TreeMap<>();
		for (Doc d : docs) {
			for (Instance i : d.instances()) {
				count.merge(i.label(), 1, Integer::sum);
			}
		}
		List<String> out = new ArrayList<>();
		out.add(LearnedRelations.NONE);
		count.forEach((root, n) -> {
			if (!root.equals(LearnedRelations.NONE) && n >= MIN_CLASS) {
				out.add(root);
			}
		});
		return out;
	}

	/**
	 * Leave-one-batch-out: prints P/R/F per threshold; returns the best thresholds per class (one for all, then
	 * refined per class) followed by their F.
	 */
	private static Choice crossValidate(List<Doc> docs, List<String> classes, double l2) {
		List<List<double[]>> probs = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			probs.add(null);
		}
		Set<Integer> folds = new TreeSet<>();
		docs.forEach(d -> folds.add(d.fold()));
		for (int fold : folds) {
			List<Doc> train = docs.stream().filter(d -> d.fold() != fold).toList();
			LearnedRelations.Model m = new LearnedRelations.Model(classes, train(train, classes, l2), 0);
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
		Setting none = Setting.rules(classes.size());
		int[] rules = score(docs, probs, classes, none, all);
		System.out.printf("l2 %s — rules alone: P %.3f R %.3f F %.3f (%d right of %d, %d gold)%n", l2,
				p(rules[0], rules[1]), p(rules[0], rules[2]), f(rules), rules[0], rules[1], rules[2]);
		for (double t : THRESHOLDS) {
			int[] c = score(docs, probs, classes, none.adding(filled(classes.size(), t)), all);
			System.out.printf("  add at %.2f: +%d right of +%d predicted, P %.3f R %.3f F %.3f%n", t, c[0] - rules[0],
					c[1] - rules[1], p(c[0], c[1]), p(c[0], c[2]), f(c));
		}
		for (double t : DROP_GRID) {
			int[] c = score(docs, probs, classes, none.dropping(t), all);
			System.out.printf("  drop below %.2f: %+d right, %+d predicted, P %.3f R %.3f F %.3f%n", t, c[0] - rules[0],
					c[1] - rules[1], p(c[0], c[1]), p(c[0], c[2]), f(c));
		}
		for (double t : RETYPE_GRID) {
			int[] c = score(docs, probs, classes, none.retyping(t), all);
			System.out.printf("  retype at %.2f: %+d right, %+d predicted, P %.3f R %.3f F %.3f%n", t, c[0] - rules[0],
					c[1] - rules[1], p(c[0], c[1]), p(c[0], c[2]), f(c));
		}
		if (Boolean.getBoolean("learned.debug")) {
			for (int i = 0; i < docs.size(); i++) {
				Doc d = docs.get(i);
				Set<String> ruleKeys = new HashSet<>();
				d.rules().forEach(r -> ruleKeys.add(r[0] + "|" + r[1]));
				for (int c = 0; c < d.features().size(); c++) {
					double[] p = probs.get(i).get(c);
					for (int k = 1; k < p.length; k++) {
						String key = d.goldPairs().get(c) + "|" + classes.get(k);
						if (p[k] >= 0.3 && !ruleKeys.contains(key)) {
							System.out.printf("ADD\t%s\t%s\t%.2f\t%s\t%s%n", d.gold().contains(key) ? "OK" : "xx",
									classes.get(k), p[k], d.name(), d.texts().get(c));
						}
					}
				}
			}
		}
		// each use chosen on all documents, and its honest estimate: chosen on the other batches, scored on the left-out one
		Setting add = chooseAdd(docs, probs, classes, none, all);
		Setting drop = chooseDrop(docs, probs, classes, none, all);
		Setting retype = chooseRetype(docs, probs, classes, none, all);
		Setting both = new Setting(add.thresholds(), drop.drop(), retype.retype());
		Choice out = null;
		for (String use : List.of("add", "add one", "drop", "retype", "all three")) {
			Setting chosen = switch (use) {
				case "add" -> add;
				case "add one" -> chooseAdd(docs, probs, classes, none, all, false);
				case "drop" -> drop;
				case "retype" -> retype;
				default -> both;
			};
			int[] in = score(docs, probs, classes, chosen, all);
			int[] nested = new int[3];
			for (int fold : folds) {
				List<Integer> rest = new ArrayList<>();
				List<Integer> left = new ArrayList<>();
				for (int i = 0; i < docs.size(); i++) {
					(docs.get(i).fold() == fold ? left : rest).add(i);
				}
				Setting s = switch (use) {
					case "add" -> chooseAdd(docs, probs, classes, none, rest);
					case "add one" -> chooseAdd(docs, probs, classes, none, rest, false);
					case "drop" -> chooseDrop(docs, probs, classes, none, rest);
					case "retype" -> chooseRetype(docs, probs, classes, none, rest);
					default -> new Setting(chooseAdd(docs, probs, classes, none, rest).thresholds(),
							chooseDrop(docs, probs, classes, none, rest).drop(),
							chooseRetype(docs, probs, classes, none, rest).retype());
				};
				int[] c = score(docs, probs, classes, s, left);
				for (int k = 0; k < 3; k++) {
					nested[k] += c[k];
				}
			}
			System.out.printf("  use %-9s %s: %d right of %d, F %.3f; chosen per left-out batch: %d right of %d, F %.3f%n",
					use, chosen, in[0], in[1], f(in), nested[0], nested[1], f(nested));
			if (use.equals(USE)) {
				out = new Choice(chosen, f(nested));
			}
		}
		return out;
	}

	/** The model's uses: per-class add thresholds (infinite: never), the drop threshold (0: never), the retype one. */
	record Setting(double[] thresholds, double drop, double retype) {

		static Setting rules(int classes) {
			return new Setting(filled(classes, Double.POSITIVE_INFINITY), 0, Double.POSITIVE_INFINITY);
		}

		Setting adding(double[] th) {
			return new Setting(th, drop, retype);
		}

		Setting dropping(double t) {
			return new Setting(thresholds, t, retype);
		}

		Setting retyping(double t) {
			return new Setting(thresholds, drop, t);
		}

		@Override
		public String toString() {
			return "[add " + Arrays.toString(Arrays.copyOfRange(thresholds, 1, thresholds.length)) + ", drop " + drop
					+ ", retype " + retype + "]";
		}
	}

	/**
	 * The use the written model makes ({@code -Dlearned.use=add|add one|drop|retype|all three}); the regularisation is
	 * chosen by its F with every choice made on the other batches.
	 */
	private static final String USE = System.getProperty("learned.use", "add");

	/** A chosen setting and its cross-validated F (thresholds chosen per left-out batch on the other batches). */
	record Choice(Setting setting, double f) {
	}

	/** One add threshold for all classes, then (unless one threshold is asked for) one pass per class. */
	private static Setting chooseAdd(List<Doc> docs, List<List<double[]>> probs, List<String> classes, Setting base,
			List<Integer> on) {
		return chooseAdd(docs, probs, classes, base, on, PER_CLASS);
	}

	private static Setting chooseAdd(List<Doc> docs, List<List<double[]>> probs, List<String> classes, Setting base,
			List<Integer> on, boolean perClass) {
		double bestF = f(score(docs, probs, classes, base, on));
		double bestT = Double.POSITIVE_INFINITY;
		for (double t : THRESHOLDS) {
			double fs = f(score(docs, probs, classes, base.adding(filled(classes.size(), t)), on));
			if (fs > bestF + 1e-9) {
				bestF = fs;
				bestT = t;
			}
		}
		double[] th = filled(classes.size(), bestT);
		if (perClass) {
			for (int k = 1; k < classes.size(); k++) {
				double keep = th[k];
				for (double t : PER_CLASS_GRID) {
					th[k] = t;
					double fs = f(score(docs, probs, classes, base.adding(th), on));
					if (fs > bestF + 1e-9) {
						bestF = fs;
						keep = t;
					}
				}
				th[k] = keep;
			}
		}
		return base.adding(th);
	}

	private static Setting chooseDrop(List<Doc> docs, List<List<double[]>> probs, List<String> classes, Setting base,
			List<Integer> on) {
		double bestF = f(score(docs, probs, classes, base, on));
		Setting best = base;
		for (double t : DROP_GRID) {
			double fs = f(score(docs, probs, classes, base.dropping(t), on));
			if (fs > bestF + 1e-9) {
				bestF = fs;
				best = base.dropping(t);
			}
		}
		return best;
	}

	private static Setting chooseRetype(List<Doc> docs, List<List<double[]>> probs, List<String> classes, Setting base,
			List<Integer> on) {
		double bestF = f(score(docs, probs, classes, base, on));
		Setting best = base;
		for (double t : RETYPE_GRID) {
			double fs = f(score(docs, probs, classes, base.retyping(t), on));
			if (fs > bestF + 1e-9) {
				bestF = fs;
				best = base.retyping(t);
			}
		}
		return best;
	}

	private static final boolean PER_CLASS = !Boolean.getBoolean("learned.oneThreshold");
	private static final double[] PER_CLASS_GRID = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, Double.POSITIVE_INFINITY};
	private static final double[] DROP_GRID = {0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
	private static final double[] RETYPE_GRID = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

	private static double[] filled(int n, double t) {
		double[] out = new double[n];
		Arrays.fill(out, t);
		return out;
	}

	/**
	 * {true positives, predicted, gold} over the documents {@code on}: the rules' triples, dropped and re-typed as
	 * {@code s} says (as {@link LearnedRelations} does), plus the model's at its add thresholds.
	 */
	private static int[] score(List<Doc> docs, List<List<double[]>> probs, List<String> classes, Setting s,
			List<Integer> on) {
		int tp = 0;
		int pred = 0;
		int gold = 0;
		for (int i : on) {
			Doc d = docs.get(i);
			Map<String, double[]> best = new HashMap<>();
			for (int c = 0; c < d.features().size(); c++) {
				double[] p = probs.get(i).get(c);
				double[] b = best.computeIfAbsent(d.goldPairs().get(c), k -> new double[p.length]);
				for (int k = 0; k < p.length; k++) {
					b[k] = Math.max(b[k], p[k]);
				}
			}
			Set<String> predicted = new HashSet<>();
			for (String[] r : d.rules()) {
				double[] p = best.get(r[0]);
				int own = classes.indexOf(r[1]);
				if (p == null || own < 1) {
					predicted.add(r[0] + "|" + r[1]);
					continue;
				}
				if (p[own] < s.drop()) {
					continue;
				}
				int top = LearnedRelations.top(p);
				predicted.add(r[0] + "|" + (top != own && p[top] >= s.retype() ? classes.get(top) : r[1]));
			}
			for (Map.Entry<String, double[]> e : best.entrySet()) {
				double[] p = e.getValue();
				for (int k = 1; k < p.length; k++) {
					if (p[k] >= s.thresholds()[k]) {
						predicted.add(e.getKey() + "|" + classes.get(k)); // "?from|to": an actor the gold lacks
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

	private static double p(int a, int b) {
		return b == 0 ? 0 : a / (double) b;
	}

	private static double f(int[] c) {
		double p = p(c[0], c[1]);
		double r = p(c[0], c[2]);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** Softmax regression by SGD in a fixed order; features seen fewer than {@link #MIN_COUNT} times are left out. */
	static Map<String, float[]> train(List<Doc> docs, List<String> classes, double l2) {
		List<Instance> all = new ArrayList<>();
		docs.forEach(d -> all.addAll(d.instances()));
		return train(all, classes, l2, EPOCHS, MIN_COUNT);
	}

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
			int y = classes.indexOf(i.label());
			ys[n++] = Math.max(y, 0); // a root too rare for a class of its own is "none"
			xs.add(i.features().stream().filter(f -> count.get(f) >= minCount && used(f)).distinct()
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
				double max = Double.NEGATIVE_INFINITY;
				for (double v : z) {
					max = Math.max(max, v);
				}
				double sum = 0;
				for (int c = 0; c < k; c++) {
					z[c] = Math.exp(z[c] - max);
					sum += z[c];
				}
				for (int f : x) {
					for (int c = 0; c < k; c++) {
						double g = (c == ys[i] ? 1 : 0) - z[c] / sum;
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
	public static LearnedRelations.Model tiny(List<List<String>> features, List<String> labels, double threshold) {
		List<Instance> all = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			all.add(new Instance(features.get(i), labels.get(i)));
		}
		List<String> classes = new ArrayList<>();
		classes.add(LearnedRelations.NONE);
		new TreeSet<>(labels).stream().filter(l -> !l.equals(LearnedRelations.NONE)).forEach(classes::add);
		return new LearnedRelations.Model(classes, train(all, classes, 1e-4, 30, 1), threshold);
	}

	private static void write(Path file, List<String> classes, Map<String, float[]> w, Setting setting, double l2,
			double cvF, List<Doc> docs, String[] args) throws IOException {
		double[] threshold = setting.thresholds();
		Set<Integer> folds = new TreeSet<>();
		docs.forEach(d -> folds.add(d.fold()));
		StringBuilder sb = new StringBuilder();
		sb.append("# Learned relation model (org.sourcebench.extract.relations.LearnedRelations): softmax-regression weights\n");
		sb.append("# over the candidate features of RelationCandidates, one column per class of @classes. Trained by\n");
		sb.append("# org.sourcebench.extract.eval.RelationTrainer (releng/scripts/train-relations.sh) from ").append(docs.size())
				.append(" articles of our own\n");
		sb.append("# gold annotations: ").append(System.getProperty("learned.source", "study"))
				.append(" (releng/scripts/train-relations.sh; folds by article number: ").append(folds).append(").\n");
		sb.append("# The check and fresh halves were never used. Regularisation (l2 ").append(l2).append(") and threshold chosen by\n");
		sb.append(String.format(Locale.ROOT, "# leave-one-batch-out cross-validation (typed-relation F %.3f with the rule readers); ", cvF))
				.append(EPOCHS).append(" epochs,\n");
		sb.append("# features seen at least ").append(MIN_COUNT).append(" times. Source: trained for Sourcebench from its own annotations;\n");
		sb.append("# license CC BY 4.0.\n");
		sb.append("# columns: feature\\tone weight per class (space-separated); @threshold: per class the probability at or\n");
		sb.append("# above which a relationship the rule readers lack is added (Infinity: never; chosen per class by the\n");
		sb.append("# same cross-validation); @drop: a rule reader's relationship whose own root scores below it is dropped\n");
		sb.append("# (0: never); @retype: a rule reader's relationship whose pair's best other root scores at or above it\n");
		sb.append("# takes that root (Infinity: never); @require: the prefix of a feature every candidate the model reads has.\n");
		sb.append("@classes\t").append(String.join(" ", classes)).append('\n');
		sb.append("@threshold\t");
		for (int c = 0; c < threshold.length; c++) {
			sb.append(c == 0 ? "" : " ").append(c == 0 ? Double.POSITIVE_INFINITY : threshold[c]);
		}
		sb.append('\n');
		sb.append("@drop\t").append(setting.drop()).append('\n');
		sb.append("@retype\t").append(setting.retype()).append('\n');
		if (filter.startsWith("!") && !filter.contains(",")) {
			sb.append("@require\t").append(filter.substring(1)).append('\n');
		}
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
		System.out.println("model: " + file + " (" + w.size() + " features, " + classes.size() + " classes, thresholds "
				+ setting + ")");
	}

	/** One gold relationship: gold actor names, root and evidence. */
	private record Rel(String from, String to, String root, String evidence) {
	}

	/** One article's gold: actor names and mentions, and its relationships. */
	private static final class Gold {
		final Map<String, Set<String>> actors = new LinkedHashMap<>();
		final List<Rel> relations = new ArrayList<>();

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
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(tsv + ": cannot read", e);
			}
			return out;
		}

		/**
		 * Document actor name -> gold actor name, one to one as the scorer aligns them: most shared normalised names
		 * first, an exact name match breaking ties.
		 */
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
					: Boolean.compare(y.exact(), x.exact()));
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
