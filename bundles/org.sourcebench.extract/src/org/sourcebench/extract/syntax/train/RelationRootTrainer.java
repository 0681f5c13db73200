package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.Hash;
import org.sourcebench.extract.syntax.LinearModel;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;

/**
 * Trains the learned relation proposer ({@link LearnedRoots}, switch {@code relations.learned-roots}) with the averaged
 * perceptron of the parser's trainers, on the {@code dev} articles' gold (study + select + check)
 * ({@code releng/scripts/train-relation-roots.sh} makes the input: the candidate actor pairs of the engine on dev,
 * each with its features and the root gold gives the pair in its sentence, or "none").
 * <ul>
 * <li>{@code RelationRootTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model (a header, then one
 * feature per line in name order with its weights per outcome).</li>
 * <li>{@code RelationRootTrainer TRAIN.tsv --folds K DECISIONS MARGIN...}: K-fold cross-validation by article (the
 * articles in name order, article {@code i} in fold {@code i mod K}): each fold is read by a model trained on the
 * others, with the proposer's own decision; writes {@code DECISIONS.<margin>.tsv} (file, from, to, root) per
 * margin.</li>
 * </ul>
 * Rows are read in file order and the perceptron's passes shuffled from a fixed seed: training repeats exactly.
 */
public final class RelationRootTrainer {

	static final int ITERATIONS = Integer.getInteger("relroots.iterations", 10);
	static final long SEED = 18L;
	/** Features seen in fewer candidates are not trained. */
	static final int CUTOFF = Integer.getInteger("relroots.cutoff", 3);
	/**
	 * The share of the training folds' articles each cross-validation model is trained on (the learning curve):
	 * of the training articles in name order, those whose index modulo 4 is below {@code 4 * FRACTION}.
	 */
	static final String SET = System.getProperty("relroots.set", "dev");
	static final double FRACTION = Double.parseDouble(System.getProperty("relroots.fraction", "1"));

	private RelationRootTrainer() {
	}

	record Row(String file, String from, String to, int begin, int end, String label, List<String> features) {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			int k = Integer.parseInt(args[2]);
			String prefix = args[3];
			float[] margins = margins(args, 4);
			crossValidate(rows, k, prefix, margins);
			return;
		}
		Map<String, String> names = new HashMap<>();
		AbstractModel model = train(rows, names);
		write(model, names, rows, new File(args[1]));
	}

	/** Trains a model on rows and writes it to a file, its header naming the part of dev it saw. */
	interface ModelWriter {
		void write(List<Row> train, File file, String part) throws IOException;
	}

	/** A trainer's K-fold cross-validation: the arguments of its {@code --folds} command line. */
	interface FoldValidator {
		void crossValidate(List<Row> rows, int k, String prefix, String models, float[] margins) throws IOException;
	}

	/**
	 * The command line of the trainers that keep their fold models: {@code TRAIN.tsv MODEL.tsv} trains on all rows and
	 * writes the model ({@code writer}, part "all of dev"); {@code TRAIN.tsv --folds K DECISIONS MODELS MARGIN...}
	 * cross-validates ({@code validator}).
	 */
	static void run(String[] args, ModelWriter writer, FoldValidator validator) throws IOException {
		List<Row> rows = read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			validator.crossValidate(rows, Integer.parseInt(args[2]), args[3], args[4], margins(args, 5));
			return;
		}
		writer.write(rows, new File(args[1]), "all of dev");
	}

	/** Decides one group of a fold's test rows with the fold's model at one margin, appending decision lines. */
	interface GroupDecider {
		void decide(LinearModel model, List<Row> group, float margin, StringBuilder out);
	}

	/**
	 * K-fold cross-validation by article with the fold models kept for the engine: for each fold (the article's number
	 * modulo K, {@link ActorFilterTrainer#fold}) the model trained on the other folds is written as {@code
	 * MODELS/fold.<f>/<model file>} ({@code -Dsourcebench.models}), read back as the engine reads it, and decides each
	 * group of the fold's rows ({@code group} names it; {@code groups} keeps the groups' order) at every margin; writes
	 * {@code PREFIX.<margin>.tsv} per margin.
	 */
	static void crossValidateWithFoldModels(List<Row> rows, int k, String prefix, String models, float[] margins,
			String modelEntry, Supplier<Map<String, List<Row>>> groups, Function<Row, String> group, ModelWriter writer,
			GroupDecider decider) throws IOException {
		List<StringBuilder> out = new ArrayList<>();
		for (int m = 0; m < margins.length; m++) {
			out.add(new StringBuilder());
		}
		for (int f = 0; f < k; f++) {
			List<Row> train = new ArrayList<>();
			Map<String, List<Row>> test = groups.get();
			for (Row r : rows) {
				if (ActorFilterTrainer.fold(r.file(), k) == f) {
					test.computeIfAbsent(group.apply(r), x -> new ArrayList<>()).add(r);
				} else {
					train.add(r);
				}
			}
			Path dir = Path.of(models, "fold." + f);
			Files.createDirectories(dir);
			File file = dir.resolve(modelEntry.substring(modelEntry.lastIndexOf('/') + 1)).toFile();
			writer.write(train, file, "dev without fold " + f + " (article number mod " + k + ")");
			LinearModel model = LearnedRoots.read(file.toPath());
			for (List<Row> g : test.values()) {
				for (int m = 0; m < margins.length; m++) {
					decider.decide(model, g, margins[m], out.get(m));
				}
			}
		}
		for (int m = 0; m < margins.length; m++) {
			Files.writeString(Path.of(prefix + "." + margins[m] + ".tsv"), out.get(m), StandardCharsets.UTF_8);
		}
	}

	/** The margins a {@code --folds} command line lists from position {@code from} on. */
	static float[] margins(String[] args, int from) {
		float[] margins = new float[args.length - from];
		for (int m = 0; m < margins.length; m++) {
			margins[m] = Float.parseFloat(args[from + m]);
		}
		return margins;
	}

	static List<Row> read(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] p = line.split("\t", -1);
			rows.add(new Row(p[0], p[1], p[2], Integer.parseInt(p[3]), Integer.parseInt(p[4]), p[5],
					p[6].isEmpty() ? List.of() : Arrays.asList(p[6].split(" "))));
		}
		return rows;
	}

	/** The relation proposer's training: seed {@link #SEED}, features of fewer than {@link #CUTOFF} rows left out. */
	static AbstractModel train(List<Row> rows, Map<String, String> names) {
		return train(rows, names, SEED, CUTOFF);
	}

	/**
	 * Trains on {@code rows} with the passes shuffled from {@code seed}, every feature kept (the actor filter's and the
	 * claim detector's training); {@code names} gets hashed name → feature.
	 */
	static AbstractModel train(List<Row> rows, Map<String, String> names, long seed) {
		return train(rows, names, seed, 1);
	}

	/**
	 * Trains on {@code rows}, leaving out the features of fewer than {@code cutoff} rows: the average of
	 * {@link AveragedPerceptron#SEEDS} perceptrons (seeds {@code seed} on).
	 */
	static AbstractModel train(List<Row> rows, Map<String, String> names, long seed, int cutoff) {
		return train(rows, names, seed, cutoff, AveragedPerceptron.SEEDS);
	}

	/** As {@link #train(List, Map, long, int)}, the average of {@code seeds} perceptrons. */
	static AbstractModel train(List<Row> rows, Map<String, String> names, long seed, int cutoff, int seeds) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row r : rows) {
			for (String f : new java.util.HashSet<>(r.features())) {
				seen.merge(f, 1, Integer::sum);
			}
		}
		List<Event> events = new ArrayList<>();
		for (Row r : rows) {
			List<String> kept = new ArrayList<>();
			for (String f : r.features()) {
				if (seen.get(f) >= cutoff) {
					kept.add(f);
				}
			}
			String[] ctx = new String[kept.size()];
			for (int k = 0; k < ctx.length; k++) {
				String f = kept.get(k);
				ctx[k] = LinearModel.name(Hash.of(f));
				names.put(ctx[k], f);
			}
			events.add(new Event(r.label(), ctx));
		}
		return AveragedPerceptron.train(events, ITERATIONS, seed, seeds);
	}

	/** Article-level folds: the articles of {@code rows} in name order, the i-th in fold i mod {@code k}. */
	static Map<String, Integer> folds(List<Row> rows, int k) {
		List<String> files = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::file).toList()));
		Map<String, Integer> fold = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			fold.put(files.get(i), i % k);
		}
		return fold;
	}

	static void crossValidate(List<Row> rows, int k, String prefix, float[] margins) throws IOException {
		List<String> files = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::file).toList()));
		Map<String, Integer> fold = folds(rows, k);
		List<StringBuilder> out = new ArrayList<>();
		for (int m = 0; m < margins.length; m++) {
			out.add(new StringBuilder());
		}
		for (int f = 0; f < k; f++) {
			Map<String, Integer> trainIndex = new HashMap<>();
			for (String file : files) {
				if (fold.get(file) != f) {
					trainIndex.put(file, trainIndex.size());
				}
			}
			List<Row> train = new ArrayList<>();
			Map<String, List<Row>> test = new TreeMap<>();
			for (Row r : rows) {
				if (fold.get(r.file()) == f) {
					test.computeIfAbsent(r.file(), x -> new ArrayList<>()).add(r);
				} else if (trainIndex.get(r.file()) % 4 < Math.round(4 * FRACTION)) {
					train.add(r);
				}
			}
			LinearModel model = LinearModel.of(train(train, new HashMap<>()));
			for (int m = 0; m < margins.length; m++) {
				for (List<Row> doc : test.values()) {
					decide(model, doc, margins[m], out.get(m));
				}
			}
		}
		for (int m = 0; m < margins.length; m++) {
			Files.writeString(Path.of(prefix + "." + margins[m] + ".tsv"), out.get(m), StandardCharsets.UTF_8);
		}
	}

	/** The proposer's relations on one document's rows, as {@link LearnedRoots#apply} makes them. */
	static void decide(LinearModel model, List<Row> doc, float margin, StringBuilder out) {
		List<LearnedRoots.Candidate> candidates = new ArrayList<>();
		for (Row r : doc) {
			candidates.add(new LearnedRoots.Candidate(r.from(), r.to(), r.begin(), r.end(), r.features()));
		}
		for (ExtractedRelationship r : LearnedRoots.propose(model, candidates, margin, null)) {
			out.append(doc.get(0).file()).append('\t').append(r.from()).append('\t').append(r.to()).append('\t')
					.append(r.cameoCode()).append('\n');
		}
	}

	static void write(AbstractModel model, Map<String, String> names, List<Row> rows, File file) throws IOException {
		long articles = rows.stream().map(Row::file).distinct().count();
		write(model, names, file, List.of(
				"# Learned relation proposer (relations.learned-roots; org.sourcebench.extract.relations.LearnedRoots).",
				"# Made by releng/scripts/train-relation-roots.sh: the actor pairs named in one sentence (a country actor "
						+ "also by its adjective, relations.learned-adjective-ends) without a rule relation, on the " + SET + " set's " + articles + " articles (" + rows.size() + " candidates),",
				"# each labelled with a root gold gives the pair and the rules miss (or none); averaged perceptron "
						+ "(syntax.train.AveragedPerceptron), " + ITERATIONS + " passes, seed " + SEED + ", features of fewer than "
						+ CUTOFF + " candidates left out.",
				"# Trained on " + SET + " gold only (dev = study + select + check, article-sets.sh; since the twenty-fourth session batches 1-36, 923 articles). Lines: feature, then "
						+ "outcome=weight per outcome."));
	}

	/**
	 * The header lines and, with the environment's {@code TRAIN_NOTE} (releng/scripts/retrain-learned.sh: how the stack
	 * was retrained), that text as one more {@code #} line.
	 */
	static List<String> withNote(List<String> header) {
		String note = System.getenv("TRAIN_NOTE");
		List<String> out = new ArrayList<>(header);
		if (AveragedPerceptron.SEED_OFFSET != 0) {
			out.add("# Every seed above moved by " + AveragedPerceptron.SEED_OFFSET + " (-Dlearned.seedOffset: a variance check).");
		}
		if (note != null && !note.isBlank()) {
			out.add("# " + note.strip());
		}
		return out;
	}

	/** Writes a model in the text format {@link LearnedRoots#parse} reads: the header lines, then the features. */
	static void write(AbstractModel model, Map<String, String> names, File file, List<String> header)
			throws IOException {
		Object[] data = model.getDataStructures();
		Context[] params = (Context[]) data[0];
		Map<?, ?> pmap = (Map<?, ?>) data[1];
		String[] outcomes = (String[]) data[2];
		TreeMap<String, String> lines = new TreeMap<>();
		for (Map.Entry<?, ?> e : pmap.entrySet()) {
			Context c = LinearModel.context(e.getValue(), params);
			StringBuilder line = new StringBuilder();
			int[] o = c.getOutcomes();
			double[] p = c.getParameters();
			for (int i = 0; i < o.length; i++) {
				if (p[i] != 0) {
					line.append('\t').append(outcomes[o[i]]).append('=').append((float) p[i]);
				}
			}
			if (line.length() > 0) {
				lines.put(names.get((String) e.getKey()), line.toString());
			}
		}
		List<String> head = new ArrayList<>(header);
		if (AveragedPerceptron.SEEDS > 1) {
			head.add("# The weights are the average of " + AveragedPerceptron.SEEDS + " such perceptrons, seeds " + SEED
					+ " to " + (SEED + AveragedPerceptron.SEEDS - 1) + " (passes shuffled per seed; -Dlearned.seeds).");
		}
		TrainingOutput.write(file, stream -> {
			Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			for (String h : withNote(head)) {
				w.write(h);
				w.write('\n');
			}
			for (Map.Entry<String, String> e : lines.entrySet()) {
				w.write(e.getKey());
				w.write(e.getValue());
				w.write('\n');
			}
			w.close();
		});
	}
}
