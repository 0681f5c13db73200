package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.claims.DocumentSpeakers;
import org.sourcebench.extract.claims.LearnedSpeakers;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the learned claim speakers ({@link LearnedSpeakers}, switch {@code claims.learned-speakers}) with the averaged
 * perceptron and the row format of {@link RelationRootTrainer} (whose reading, training and writing it reuses), on the
 * development articles' gold ({@code releng/scripts/train-speakers24.sh} makes the input: for every claim the rules
 * attributed, its rule speaker first and every other actor named near it, labelled "speaker" or "none").
 * <ul>
 * <li>{@code SpeakerRerankTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code SpeakerRerankTrainer TRAIN.tsv --folds K DECISIONS MODELS MARGIN...}: K-fold cross-validation by article
 * (fold = the article's number modulo K, {@link ActorFilterTrainer#fold}); each fold's claims are decided by a model
 * trained on the other folds, as {@link LearnedSpeakers#best} decides; writes {@code DECISIONS.<margin>.tsv} (file, new
 * speaker, begin, end: the claims whose speaker is replaced) per margin and each fold's model as
 * {@code MODELS/fold.<f>/claim-speakers24.tsv} (the engine's folds: {@code -Dsourcebench.models}).</li>
 * </ul>
 */
public final class SpeakerRerankTrainer {

	private SpeakerRerankTrainer() {
	}

	public static void main(String[] args) throws IOException {
		RelationRootTrainer.run(args, SpeakerRerankTrainer::write, SpeakerRerankTrainer::crossValidate);
	}

	private static void write(List<Row> rows, File file, String part) throws IOException {
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED);
		long articles = rows.stream().map(Row::file).distinct().count();
		long claims = rows.stream().map(r -> r.file() + "|" + r.to()).distinct().count();
		long positive = rows.stream().filter(r -> r.label().equals(DocumentSpeakers.YES)).count();
		RelationRootTrainer.write(model, names, file, RelationRootTrainer.withNote(List.of(
				"# Learned claim speakers (claims.learned-speakers; org.sourcebench.extract.claims.LearnedSpeakers).",
				"# Made by releng/scripts/train-speakers24.sh on " + part + " (dev = study + select + check of article-sets.sh, "
						+ "annotated batches 1-36), the engine run with the switch off and the learned components TRAIN_OFF names off (by default the eleven of the learned-off list):",
				"# for every claim the rules attributed whose text pairs with a gold claim (token F1 >= 0.5, as score.py pairs "
						+ "claims) and whose gold speaker is among its candidates (the rule speaker and every actor named near it): "
						+ rows.size() + " candidates of " + claims + " claims in " + articles + " articles, " + positive
						+ " labelled speaker (the actor maps to the gold speaker as score.py maps names);",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes, seed " + RelationRootTrainer.SEED + (AveragedPerceptron.SEEDS > 1 ? " to "
								+ (RelationRootTrainer.SEED + AveragedPerceptron.SEEDS - 1) + " (" + AveragedPerceptron.SEEDS
								+ " perceptrons averaged; -Dlearned.seeds)" : "")
						+ ". Lines: feature, then outcome=weight per outcome.")));
	}

	static void crossValidate(List<Row> rows, int k, String prefix, String models, float[] margins)
			throws IOException {
		// one group per claim (its candidates in dump order, the rule speaker first)
		RelationRootTrainer.crossValidateWithFoldModels(rows, k, prefix, models, margins, LearnedSpeakers.MODEL,
				LinkedHashMap::new, r -> r.file() + "\t" + r.to(), SpeakerRerankTrainer::write,
				(model, claim, margin, out) -> {
					List<List<String>> feats = new ArrayList<>();
					for (Row r : claim) {
						feats.add(r.features());
					}
					int best = LearnedSpeakers.best(model, feats, margin);
					if (best > 0) {
						Row r = claim.get(best);
						out.append(r.file()).append('\t').append(r.from()).append('\t').append(r.begin()).append('\t')
								.append(r.end()).append('\n');
					}
				});
	}
}
