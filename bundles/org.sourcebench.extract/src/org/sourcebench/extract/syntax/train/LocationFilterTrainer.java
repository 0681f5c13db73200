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

import org.sourcebench.extract.locations.LearnedLocations;
import org.sourcebench.extract.syntax.LinearModel;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the learned location filter ({@link LearnedLocations}, switch {@code locations.learned-filter}) with the
 * averaged perceptron and the row format, training and model writing of {@link RelationRootTrainer}
 * ({@code releng/scripts/train-location-filter.sh} makes the input: every location the engine emits on the
 * development articles with its features and "keep" when gold names it, as score.py aligns locations, else "drop").
 * <ul>
 * <li>{@code LocationFilterTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code LocationFilterTrainer TRAIN.tsv --folds K LEADS.tsv}: K-fold cross-validation by article: an article
 * numbered {@code n} (the digits its file name starts with) is in fold {@code n mod K}; each fold is read by a model
 * trained on the others; writes file, name, label and the model's lead of "drop" over "keep" per row.</li>
 * </ul>
 * Deterministic: rows in file order, the perceptron's passes shuffled from a fixed seed.
 */
public final class LocationFilterTrainer {

	/** Features seen in fewer locations are not trained (3: chosen by the cross-validation over 1, 3, 5 and 10). */
	static final int CUTOFF = Integer.getInteger("locfilter.cutoff", 3);

	private LocationFilterTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<RelationRootTrainer.Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 3 && args[1].equals("--folds")) {
			crossValidate(rows, Integer.parseInt(args[2]), Path.of(args[3]));
			return;
		}
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED, CUTOFF);
		long articles = rows.stream().map(RelationRootTrainer.Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedLocations.KEEP)).count();
		RelationRootTrainer.write(model, names, new File(args[1]), List.of((
				"# Learned location filter (locations.learned-filter; org.sourcebench.extract.locations.LearnedLocations).\n"
						+ "# Made by releng/scripts/train-location-filter.sh: every location the engine emits (switch off; all but the names no "
						+ "table knows, LearnedLocations.judged) on the "
						+ "development articles (dev = study + select + check of article-sets.sh; " + articles + " with a location; "
						+ rows.size() + " locations, " + keep + " keep),\n"
						+ "# labelled keep when gold names it (score.py's location alignment), else drop; averaged perceptron "
						+ "(syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS + " passes, seed "
						+ RelationRootTrainer.SEED + ", features seen in fewer than " + CUTOFF + " locations left out.\n"
						+ "# Its figures are article-level 5-fold cross-validation (train-location-filter.sh --cv). "
						+ "Lines: feature, then outcome=weight per outcome.\n").split("\n")));
	}

	static void crossValidate(List<RelationRootTrainer.Row> rows, int k, Path leads) throws IOException {
		StringBuilder out = new StringBuilder();
		float[][] lead = new float[k][];
		List<List<Integer>> test = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			List<RelationRootTrainer.Row> train = new ArrayList<>();
			List<Integer> mine = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (ActorFilterTrainer.fold(rows.get(i).file(), k) == f) {
					mine.add(i);
				} else {
					train.add(rows.get(i));
				}
			}
			LinearModel model = LinearModel.of(RelationRootTrainer.train(train, new HashMap<>(), RelationRootTrainer.SEED, CUTOFF));
			lead[f] = new float[mine.size()];
			for (int j = 0; j < mine.size(); j++) {
				lead[f][j] = LearnedLocations.lead(model, rows.get(mine.get(j)).features());
			}
			test.add(mine);
		}
		float[] byRow = new float[rows.size()];
		for (int f = 0; f < k; f++) {
			for (int j = 0; j < test.get(f).size(); j++) {
				byRow[test.get(f).get(j)] = lead[f][j];
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			RelationRootTrainer.Row r = rows.get(i);
			out.append(r.file()).append('\t').append(r.from()).append('\t').append(r.label()).append('\t')
					.append(byRow[i]).append('\n');
		}
		Files.writeString(leads, out, StandardCharsets.UTF_8);
	}
}
