package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.locations.LearnedLocations;
import org.sourcebench.extract.locations.LearnedPlaces;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the learned detector of missed places ({@link LearnedPlaces}, switch {@code locations.learned-detect}) with
 * the averaged perceptron, the row format and the training of {@link RelationRootTrainer} and the cross-validation of
 * {@link LocationFilterTrainer} (article number mod K is the fold; {@code releng/scripts/train-locdet20.sh}
 * makes the input: every candidate name no reader emitted on the development articles, "keep" when it names a gold
 * location no emitted location aligns with, else "drop").
 * <ul>
 * <li>{@code LocationDetectorTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code LocationDetectorTrainer TRAIN.tsv --folds K LEADS.tsv}: K-fold cross-validation by article; writes file,
 * name, label and the model's lead of "drop" over "keep" per row.</li>
 * </ul>
 * Deterministic: rows in file order, the perceptron's passes shuffled from a fixed seed.
 */
public final class LocationDetectorTrainer {

	private LocationDetectorTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<RelationRootTrainer.Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 3 && args[1].equals("--folds")) {
			LocationFilterTrainer.crossValidate(rows, Integer.parseInt(args[2]), Path.of(args[3]));
			return;
		}
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED,
				LocationFilterTrainer.CUTOFF);
		long articles = rows.stream().map(RelationRootTrainer.Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedLocations.KEEP)).count();
		RelationRootTrainer.write(model, names, new File(args[1]), List.of((
				"# Learned detector of missed places (" + LearnedPlaces.NAME + "; org.sourcebench.extract.locations.LearnedPlaces).\n"
						+ "# Made by releng/scripts/train-locdet20.sh: every candidate name (tagged GPE/LOC/CITY or a "
						+ "proper-noun run with a preposition) no reader emitted (switch off) on the development articles "
						+ "(study + select + check, batches 1-36, 923 articles; " + articles + " with a candidate; "
						+ rows.size() + " candidates, " + keep + " keep),\n"
						+ "# labelled keep when it names a gold location no emitted location aligns with (score.py's location "
						+ "alignment), else drop; averaged perceptron (syntax.train.AveragedPerceptron), "
						+ RelationRootTrainer.ITERATIONS + " passes, seed " + RelationRootTrainer.SEED
						+ ", features seen in fewer than " + LocationFilterTrainer.CUTOFF + " candidates left out.\n"
						+ "# Its figures are article-level 5-fold cross-validation (train-locdet20.sh --cv). "
						+ "Lines: feature, then outcome=weight per outcome.\n").split("\n")));
	}
}
