package org.sourcebench.extract.syntax.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Trains the learned actor filter ({@link LearnedActorFilter}, switch {@code actors.learned-filter}) with the averaged
 * perceptron of the parser's trainers ({@link RelationRootTrainer}'s rows, training and model format), on the
 * development sets' gold ({@code releng/scripts/train-actor-filter.sh} makes the input: every actor the engine emits on
 * study, select and check with its features, labelled {@code keep} when score.py aligns it with a gold actor, else
 * {@code drop}).
 * <ul>
 * <li>{@code ActorFilterTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code ActorFilterTrainer TRAIN.tsv --folds K LEADS.tsv [MODELS]}: K-fold cross-validation by article (fold =
 * the article's number, the digits its file name starts with, modulo K): each fold's actors are read by a model
 * trained on the other folds; writes file, actor, label and drop's lead over keep per actor, and with {@code MODELS}
 * each fold's model as {@code MODELS.<fold>.tsv}.</li>
 * </ul>
 * Rows are read in file order and the perceptron's passes shuffled from a fixed seed: training repeats exactly.
 */
public final class ActorFilterTrainer {

	private ActorFilterTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			crossValidate(rows, Integer.parseInt(args[2]), Path.of(args[3]), args.length > 4 ? args[4] : null);
			return;
		}
		write(ensemble(rows), header(rows, "all"), Path.of(args[1]));
	}

	/** Models averaged: the perceptron trained with seeds {@code SEED ... SEED + SEEDS - 1}, its weights averaged. */
	static final int SEEDS = Integer.getInteger("actorFilter.seeds", 5);
	static final long SEED = 19L;

	/** The averaged model as the text lines of its features (name order), in the format LearnedRoots.parse reads. */
	static List<String> ensemble(List<Row> rows) {
		return ensemble(rows, 1);
	}

	/** As {@link #ensemble(List)}, features of fewer than {@code cutoff} rows left out (the relation filter's). */
	static List<String> ensemble(List<Row> rows, int cutoff) {
		TreeMap<String, TreeMap<String, Double>> sum = new TreeMap<>();
		for (int k = 0; k < SEEDS; k++) {
			Map<String, String> names = new HashMap<>();
			AbstractModel model = RelationRootTrainer.train(rows, names, SEED + k, cutoff, 1);
			Object[] data = model.getDataStructures();
			Context[] params = (Context[]) data[0];
			Map<?, ?> pmap = (Map<?, ?>) data[1];
			String[] outcomes = (String[]) data[2];
			for (Map.Entry<?, ?> e : pmap.entrySet()) {
				Context c = LinearModel.context(e.getValue(), params);
				int[] o = c.getOutcomes();
				double[] p = c.getParameters();
				for (int i = 0; i < o.length; i++) {
					sum.computeIfAbsent(names.get((String) e.getKey()), x -> new TreeMap<>()).merge(outcomes[o[i]],
							p[i] / SEEDS, Double::sum);
				}
			}
		}
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, TreeMap<String, Double>> e : sum.entrySet()) {
			StringBuilder line = new StringBuilder(e.getKey());
			for (Map.Entry<String, Double> w : e.getValue().entrySet()) {
				float v = (float) (double) w.getValue();
				if (v != 0) {
					line.append('\t').append(w.getKey()).append('=').append(v);
				}
			}
			if (line.length() > e.getKey().length()) {
				lines.add(line.toString());
			}
		}
		return lines;
	}

	static LinearModel model(List<String> lines) {
		try {
			return LearnedRoots.parse(new BufferedReader(new StringReader(String.join("\n", lines))));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(List<String> lines, List<String> header, Path file) throws IOException {
		StringBuilder out = new StringBuilder();
		for (String h : RelationRootTrainer.withNote(header)) {
			out.append(h).append('\n');
		}
		for (String l : lines) {
			out.append(l).append('\n');
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	/** The fold of an article: the number its file name starts with, modulo {@code k}. */
	static int fold(String file, int k) {
		int e = 0;
		while (e < file.length() && Character.isDigit(file.charAt(e))) {
			e++;
		}
		return e == 0 ? 0 : Integer.parseInt(file.substring(0, e)) % k;
	}

	static void crossValidate(List<Row> rows, int k, Path leads, String models) throws IOException {
		crossValidate(rows, k, 1, leads, models, ActorFilterTrainer::header,
				r -> r.file() + "\t" + r.from() + "\t" + r.label());
	}

	/**
	 * K-fold cross-validation by article ({@link #fold}): each fold's rows are read by the ensemble of the other folds'
	 * ({@link #ensemble(List, int)} with {@code cutoff}); writes per row its {@code columns}, a tab and drop's lead
	 * over keep to {@code leads}, and with {@code models} each fold's model as {@code MODELS.<fold>.tsv} under the
	 * {@code header} of its training rows. The actor filter's, the actor detector's and the relation filter's.
	 */
	static void crossValidate(List<Row> rows, int k, int cutoff, Path leads, String models,
			BiFunction<List<Row>, String, List<String>> header, Function<Row, String> columns) throws IOException {
		StringBuilder out = new StringBuilder();
		for (int f = 0; f < k; f++) {
			List<Row> train = new ArrayList<>();
			List<Row> test = new ArrayList<>();
			for (Row r : rows) {
				(fold(r.file(), k) == f ? test : train).add(r);
			}
			List<String> lines = ensemble(train, cutoff);
			if (models != null) {
				write(lines, header.apply(train, "fold " + f + " of " + k + " left out"),
						Path.of(models + "." + f + ".tsv"));
			}
			LinearModel model = model(lines);
			for (Row r : test) {
				out.append(columns.apply(r)).append('\t').append(LearnedActorFilter.lead(model, r.features())).append('\n');
			}
		}
		Files.writeString(leads, out, StandardCharsets.UTF_8);
	}

	static List<String> header(List<Row> rows, String part) {
		long articles = rows.stream().map(Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedActorFilter.KEEP)).count();
		return List.of("# Learned actor filter (actors.learned-filter; org.sourcebench.extract.actors.LearnedActorFilter).",
				"# Made by releng/scripts/train-actor-filter.sh (syntax.train.ActorFilterTrainer) on the development sets "
						+ "study + select + check (" + part + "): " + articles + " articles, " + rows.size()
						+ " named actors the engine emits with the switch off (unnamed speakers are not read),",
				"# labelled keep when score.py aligns the actor with a gold actor (" + keep + "), else drop ("
						+ (rows.size() - keep) + "); averaged perceptron (syntax.train.AveragedPerceptron), "
						+ RelationRootTrainer.ITERATIONS + " passes.",
				"# Cross-validated by article number modulo 5 (train-actor-filter.sh --cv); the engine drops an actor when drop "
						+ "leads keep by more than LearnedActorFilter.MARGIN (3, chosen by that CV).",
				"# Lines: feature, then outcome=weight per outcome.",
				"# The weights are the average of " + SEEDS + " such perceptrons, seeds " + SEED + " to " + (SEED + SEEDS - 1)
						+ " (passes shuffled per seed).");
	}
}
