package org.sourcebench.extract.syntax.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sourcebench.extract.relations.LearnedRelationFilter;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

/**
 * Trains the learned relation filter ({@link LearnedRelationFilter}, switch {@code relations.learned-filter}) with the
 * actor filter's training ({@link ActorFilterTrainer}: the averaged perceptron of {@link RelationRootTrainer}'s rows,
 * five seeds averaged), on the development sets' gold ({@code releng/scripts/train-relfilter20.sh} makes the input:
 * every relation the engine emits on dev with its features, labelled {@code keep} when score.py matches it typed to
 * a gold relation, else {@code drop}).
 * <ul>
 * <li>{@code RelationFilterTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code RelationFilterTrainer TRAIN.tsv --folds K LEADS.tsv [MODELS]}: K-fold cross-validation by article
 * ({@link ActorFilterTrainer}'s folds: the article's number modulo K): each fold's relations are read by a model
 * trained on the other folds; writes file, from, to, evidence begin, end, code, label and drop's lead over keep per
 * relation, and with {@code MODELS} each fold's model as {@code MODELS.<fold>.tsv}.</li>
 * </ul>
 * Rows are read in file order and the passes shuffled from fixed seeds: training repeats exactly.
 */
public final class RelationFilterTrainer {

	/** Features of fewer rows are left out (regularises; chosen by the cross-validation). */
	static final int CUTOFF = Integer.getInteger("relfilter.cutoff", 1);

	private RelationFilterTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			ActorFilterTrainer.crossValidate(rows, Integer.parseInt(args[2]), CUTOFF, Path.of(args[3]),
					args.length > 4 ? args[4] : null, RelationFilterTrainer::header,
					r -> r.file() + "\t" + r.from() + "\t" + r.to() + "\t" + r.begin() + "\t" + r.end() + "\t"
							+ r.features().get(0).substring(LearnedRelationFilter.MARK.length()) + "\t" + r.label());
			return;
		}
		ActorFilterTrainer.write(ActorFilterTrainer.ensemble(rows, CUTOFF), header(rows, "all"), Path.of(args[1]));
	}

	static List<String> header(List<Row> rows, String part) {
		long articles = rows.stream().map(Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedRelationFilter.KEEP)).count();
		return List.of("# Learned relation filter (relations.learned-filter; org.sourcebench.extract.relations.LearnedRelationFilter).",
				"# Made by releng/scripts/train-relfilter20.sh (syntax.train.RelationFilterTrainer) on the development set "
						+ "dev = study + select + check, batches 1-36 (" + part + "): " + articles + " articles, " + rows.size()
						+ " relations the engine emits with the switch off,",
				"# labelled keep when score.py matches the relation typed to a gold relation (" + keep + "), else drop ("
						+ (rows.size() - keep) + "); the ends' actor-filter scores of the training rows are the actor "
						+ "filter's 5-fold CV scores (train-actor-filter.sh --cv);",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes, the average of " + ActorFilterTrainer.SEEDS + " perceptrons, seeds "
						+ ActorFilterTrainer.SEED + " to " + (ActorFilterTrainer.SEED + ActorFilterTrainer.SEEDS - 1) + ".",
				"# Cross-validated by article number modulo 5 (train-relfilter20.sh --cv); the engine drops a relation when "
						+ "drop leads keep by more than LearnedRelationFilter.MARGIN (110 since the retraining on batches 1-33: the lowest that keeps the seed and own articles; the CV is flat from 90 to 120; 100 for the batches 1-29 model).",
				"# Lines: feature, then outcome=weight per outcome.");
	}
}
