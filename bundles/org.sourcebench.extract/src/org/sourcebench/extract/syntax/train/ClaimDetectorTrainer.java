package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sourcebench.extract.claims.LearnedClaims;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the learned claim detector ({@link LearnedClaims}, switch {@code claims.learned-detect}) with the averaged
 * perceptron and the row format of {@link RelationRootTrainer} (whose reading, training and writing it reuses), on
 * the development articles' gold ({@code releng/scripts/train-claim-detector.sh} makes the input: the candidate
 * complements of the engine's claim verbs, each labelled "claim" or "none").
 * <ul>
 * <li>{@code ClaimDetectorTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code ClaimDetectorTrainer TRAIN.tsv --folds K DECISIONS MARGIN...}: K-fold cross-validation by article (the
 * articles in name order, article {@code i} in fold {@code i mod K}); each fold is decided by a model trained on the
 * others, as {@link LearnedClaims#decide} decides; writes {@code DECISIONS.<margin>.tsv} (file, speaker, begin,
 * end) per margin.</li>
 * </ul>
 */
public final class ClaimDetectorTrainer {

	private ClaimDetectorTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<RelationRootTrainer.Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			int k = Integer.parseInt(args[2]);
			float[] margins = RelationRootTrainer.margins(args, 4);
			crossValidate(rows, k, args[3], margins);
			return;
		}
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED);
		long articles = rows.stream().map(RelationRootTrainer.Row::file).distinct().count();
		long positive = rows.stream().filter(r -> r.label().equals(LearnedClaims.CLAIM)).count();
		RelationRootTrainer.write(model, names, new File(args[1]), List.of(
				"# Learned claim detector (claims.learned-detect; org.sourcebench.extract.claims.LearnedClaims).",
				"# Made by releng/scripts/train-claim-detector.sh on the development set (dev = study + select + check of "
						+ "article-sets.sh): the complements of the parse's claim verbs",
				"# that no rule claim overlaps, with the speaker the rules resolve, or none (" + rows.size()
						+ " candidates in " + articles + " articles, " + positive + " labelled claim: a gold claim the rules miss, same speaker, "
						+ "token F1 >= 0.5);",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes, seed " + RelationRootTrainer.SEED + ". Lines: feature, then outcome=weight per outcome."));
	}

	static void crossValidate(List<RelationRootTrainer.Row> rows, int k, String prefix, float[] margins)
			throws IOException {
		Map<String, Integer> fold = RelationRootTrainer.folds(rows, k);
		List<StringBuilder> out = new ArrayList<>();
		for (int m = 0; m < margins.length; m++) {
			out.add(new StringBuilder());
		}
		for (int f = 0; f < k; f++) {
			List<RelationRootTrainer.Row> train = new ArrayList<>();
			Map<String, List<RelationRootTrainer.Row>> test = new TreeMap<>();
			for (RelationRootTrainer.Row r : rows) {
				if (fold.get(r.file()) == f) {
					test.computeIfAbsent(r.file(), x -> new ArrayList<>()).add(r);
				} else {
					train.add(r);
				}
			}
			LinearModel model = LinearModel.of(RelationRootTrainer.train(train, new HashMap<>(), RelationRootTrainer.SEED));
			for (int m = 0; m < margins.length; m++) {
				for (List<RelationRootTrainer.Row> doc : test.values()) {
					List<LearnedRoots.Candidate> cands = new ArrayList<>();
					for (RelationRootTrainer.Row r : doc) {
						cands.add(new LearnedRoots.Candidate(r.from(), r.to(), r.begin(), r.end(), r.features()));
					}
					for (LearnedRoots.Candidate c : LearnedClaims.decide(model, cands, margins[m])) {
						out.get(m).append(doc.get(0).file()).append('\t').append(c.from()).append('\t')
								.append(c.begin()).append('\t').append(c.end()).append('\n');
					}
				}
			}
		}
		for (int m = 0; m < margins.length; m++) {
			Files.writeString(Path.of(prefix + "." + margins[m] + ".tsv"), out.get(m), StandardCharsets.UTF_8);
		}
	}
}
