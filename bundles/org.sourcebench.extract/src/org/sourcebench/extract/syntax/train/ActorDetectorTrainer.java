package org.sourcebench.extract.syntax.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

/**
 * Trains the learned actor detector ({@link org.sourcebench.extract.actors.LearnedActorDetector}, switch
 * {@code actors.learned-detect}) as {@link ActorFilterTrainer} trains the filter (its averaged ensemble of perceptrons,
 * outcomes {@code keep} and {@code drop}, its folds by article number); {@code releng/scripts/train-actdet20.sh} makes
 * the input: every candidate the engine proposes on dev with its features, labelled {@code keep} when it names a gold
 * actor the engine misses.
 * <ul>
 * <li>{@code ActorDetectorTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code ActorDetectorTrainer TRAIN.tsv --folds K LEADS.tsv [MODELS]}: K-fold cross-validation by article
 * ({@link ActorFilterTrainer#fold}); writes file, candidate, label and drop's lead over keep per candidate.</li>
 * </ul>
 */
public final class ActorDetectorTrainer {

	private ActorDetectorTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			// the fold models under the detector's own header (the filter's crossValidate(rows, k, leads, models) wrote
			// the filter's)
			ActorFilterTrainer.crossValidate(rows, Integer.parseInt(args[2]), 1, Path.of(args[3]),
					args.length > 4 ? args[4] : null, ActorDetectorTrainer::header, r -> r.file() + "\t" + r.from() + "\t" + r.label());
			return;
		}
		ActorFilterTrainer.write(ActorFilterTrainer.ensemble(rows), header(rows), Path.of(args[1]));
	}

	/** The switches the dump ran with off besides the detector's own (train-actdet20.sh's ACTDET_OFF). */
	static final String OFF = System.getProperty("actdet.off", "");

	static List<String> header(List<Row> rows) {
		return header(rows, null);
	}

	/** The header of a model trained on {@code rows}; {@code part} (null: all of dev) says which fold was left out. */
	static List<String> header(List<Row> rows, String part) {
		long articles = rows.stream().map(Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedActorFilter.KEEP)).count();
		return List.of("# Learned actor detector (actors.learned-detect; org.sourcebench.extract.actors.LearnedActorDetector).",
				"# Made by releng/scripts/train-actdet20.sh (syntax.train.ActorDetectorTrainer) on dev = study + select + check "
						+ "(annotated batches 1-36" + (part == null ? "" : "; " + part) + "): " + articles + " articles, " + rows.size()
						+ " candidates (entity runs, capitalised word runs, common-noun subjects no reader made an actor or place),",
				"# the engine run with every other switch on (retrain-learned.sh: the earlier learned components by fold models)" + (OFF.isEmpty() ? "" : "; off: " + OFF)
						+ "); labelled keep when the candidate names a gold actor score.py's alignment "
						+ "leaves unpaired (" + keep + "), else drop (" + (rows.size() - keep) + ");",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes; the weights are the average of " + ActorFilterTrainer.SEEDS + " perceptrons, seeds "
						+ ActorFilterTrainer.SEED + " to " + (ActorFilterTrainer.SEED + ActorFilterTrainer.SEEDS - 1) + ".",
				"# Cross-validated by article number modulo 5 (train-actdet20.sh --cv); the engine adds a candidate when keep "
						+ "leads drop by more than LearnedActorDetector.MARGIN (chosen by that CV).",
				"# Lines: feature, then outcome=weight per outcome.");
	}
}
