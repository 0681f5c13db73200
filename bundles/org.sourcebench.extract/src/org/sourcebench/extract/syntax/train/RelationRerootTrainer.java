package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.relations.LearnedReroot;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the proposer of roots beyond the dictionary ({@link LearnedReroot}, switch {@code relations.learned-reroot})
 * with the relation proposer's training ({@link RelationRootTrainer}: the same candidate rows, features and labels —
 * the root gold gives the pair in its sentence, or "none" — the averaged perceptron, seed and feature cutoff), on the
 * development articles' gold ({@code releng/scripts/train-relroot23.sh} makes the input). Unlike the proposer's, the
 * model's decision is not restricted to the roots a dictionary word supports.
 * <ul>
 * <li>{@code RelationRerootTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code RelationRerootTrainer TRAIN.tsv --folds K LEADS.tsv MODELS}: K-fold cross-validation by article
 * ({@link ActorFilterTrainer#fold}: the article's number modulo K): each fold's candidates are read by a model trained
 * on the other folds, which is also written to {@code MODELS/fold.F/relation-reroot23.tsv} (the engine's
 * cross-validation, {@code -Dsourcebench.models}); writes per article and ordered pair its best unsupported root and
 * lead ({@code u}) and its best root of all and lead ({@code a}): file, from, to, mode, root, lead, label of that
 * candidate.</li>
 * </ul>
 * Rows are read in file order and the passes shuffled from a fixed seed: training repeats exactly.
 */
public final class RelationRerootTrainer {

	private RelationRerootTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			int k = Integer.parseInt(args[2]);
			crossValidate(rows, k, Path.of(args[3]), Path.of(args[4]));
			return;
		}
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names);
		write(model, names, rows, new File(args[1]));
	}

	static void crossValidate(List<Row> rows, int k, Path leads, Path models) throws IOException {
		StringBuilder out = new StringBuilder();
		for (int f = 0; f < k; f++) {
			List<Row> train = new ArrayList<>();
			Map<String, List<Row>> test = new LinkedHashMap<>();
			for (Row r : rows) {
				if (ActorFilterTrainer.fold(r.file(), k) == f) {
					test.computeIfAbsent(r.file(), x -> new ArrayList<>()).add(r);
				} else {
					train.add(r);
				}
			}
			Map<String, String> names = new HashMap<>();
			AbstractModel trained = RelationRootTrainer.train(train, names);
			Path dir = models.resolve("fold." + f);
			Files.createDirectories(dir);
			write(trained, names, train, dir.resolve(LearnedReroot.MODEL.substring(LearnedReroot.MODEL.lastIndexOf('/')
					+ 1)).toFile());
			LinearModel model = LinearModel.of(trained);
			for (List<Row> doc : test.values()) {
				List<LearnedRoots.Candidate> candidates = new ArrayList<>();
				Map<LearnedRoots.Candidate, Row> rowOf = new HashMap<>();
				for (Row r : doc) {
					LearnedRoots.Candidate c = new LearnedRoots.Candidate(r.from(), r.to(), r.begin(), r.end(),
							r.features());
					candidates.add(c);
					rowOf.put(c, r);
				}
				for (boolean all : new boolean[] {false, true}) {
					for (LearnedReroot.Lead b : LearnedReroot.leads(model, candidates, all)) {
						Row r = rowOf.get(b.candidate());
						out.append(r.file()).append('\t').append(r.from()).append('\t').append(r.to()).append('\t')
								.append(all ? "a" : "u").append('\t').append(b.root()).append('\t').append(b.lead())
								.append('\t').append(r.label()).append('\n');
					}
				}
			}
		}
		Files.writeString(leads, out, StandardCharsets.UTF_8);
	}

	static void write(AbstractModel model, Map<String, String> names, List<Row> rows, File file) throws IOException {
		long articles = rows.stream().map(Row::file).distinct().count();
		RelationRootTrainer.write(model, names, file, List.of(
				"# Roots beyond the dictionary (relations.learned-reroot; org.sourcebench.extract.relations.LearnedReroot).",
				"# Made by releng/scripts/train-relroot23.sh (syntax.train.RelationRerootTrainer): the actor pairs named in one "
						+ "sentence without a relation (relations.learned-roots' candidates and features), on " + articles
						+ " articles of the dev set (" + rows.size() + " candidates),",
				"# each labelled with the root gold gives the pair in that sentence and the rules miss (or none); averaged "
						+ "perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS + " passes, seed "
						+ RelationRootTrainer.SEED + ", features of fewer than " + RelationRootTrainer.CUTOFF
						+ " candidates left out; the decision is not restricted to dictionary-supported roots.",
				"# Trained on dev gold only (study + select + check, article-sets.sh: every annotated batch 1-36, 923 articles; "
						+ "the engine with the learned components TRAIN_OFF names off). Lines: feature, then outcome=weight per outcome."));
	}
}
