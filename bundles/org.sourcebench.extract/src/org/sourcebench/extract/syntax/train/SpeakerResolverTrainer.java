package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.claims.DocumentSpeakers;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the document-level claim speakers ({@link DocumentSpeakers}, switch {@code claims.document-speakers}) with the
 * averaged perceptron and the row format of {@link RelationRootTrainer} (whose reading, training and writing it
 * reuses), on the development articles' gold ({@code releng/scripts/train-speakers22.sh} makes the input: every
 * document actor as the speaker of every cue the rules left without one, labelled "speaker" or "none").
 * <ul>
 * <li>{@code SpeakerResolverTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code SpeakerResolverTrainer TRAIN.tsv --folds K DECISIONS MODELS MARGIN...}: K-fold cross-validation by
 * article (fold = the article's number modulo K, {@link ActorFilterTrainer#fold}); each fold's orphans are decided by a
 * model trained on the other folds, as {@link DocumentSpeakers#best} decides; writes {@code DECISIONS.<margin>.tsv}
 * (file, speaker, begin, end) per margin and each fold's model as {@code MODELS/fold.<f>/claim-speakers22.tsv} (the
 * engine's folds: {@code -Dsourcebench.models}).</li>
 * </ul>
 */
public final class SpeakerResolverTrainer {

	private SpeakerResolverTrainer() {
	}

	public static void main(String[] args) throws IOException {
		RelationRootTrainer.run(args, SpeakerResolverTrainer::write, SpeakerResolverTrainer::crossValidate);
	}

	private static void write(List<Row> rows, File file, String part) throws IOException {
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED);
		long articles = rows.stream().map(Row::file).distinct().count();
		long orphans = rows.stream().map(r -> r.file() + "|" + r.to()).distinct().count();
		long positive = rows.stream().filter(r -> r.label().equals(DocumentSpeakers.YES)).count();
		RelationRootTrainer.write(model, names, file, List.of(
				"# Document-level claim speakers (claims.document-speakers; org.sourcebench.extract.claims.DocumentSpeakers).",
				"# Made by releng/scripts/train-speakers22.sh on " + part + " (dev = study + select + check of article-sets.sh, "
						+ "annotated batches 1-36), the engine run with the switch off (and the learned components TRAIN_OFF names):",
				"# every document actor as the speaker of each cue the rules left without one (" + rows.size()
						+ " candidates of " + orphans + " orphans in " + articles + " articles, " + positive
						+ " labelled speaker: the orphan's text pairs with a gold claim the rules miss, token F1 >= 0.5,",
				"# and the actor maps to its speaker as score.py maps names); averaged perceptron "
						+ "(syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS + " passes, seed "
						+ RelationRootTrainer.SEED + (AveragedPerceptron.SEEDS > 1 ? " to "
								+ (RelationRootTrainer.SEED + AveragedPerceptron.SEEDS - 1) + " (" + AveragedPerceptron.SEEDS
								+ " perceptrons averaged; -Dlearned.seeds)" : "")
						+ ". Lines: feature, then outcome=weight per outcome."));
	}

	static void crossValidate(List<Row> rows, int k, String prefix, String models, float[] margins)
			throws IOException {
		// one group per orphan (its candidates, in dump order)
		RelationRootTrainer.crossValidateWithFoldModels(rows, k, prefix, models, margins, DocumentSpeakers.MODEL,
				LinkedHashMap::new, r -> r.file() + "\t" + r.to(), SpeakerResolverTrainer::write,
				(model, orphan, margin, out) -> {
					List<List<String>> feats = new ArrayList<>();
					for (Row r : orphan) {
						feats.add(r.features());
					}
					int best = DocumentSpeakers.best(model, feats, margin);
					if (best >= 0) {
						Row r = orphan.get(best);
						out.append(r.file()).append('\t').append(r.from()).append('\t').append(r.begin()).append('\t')
								.append(r.end()).append('\n');
					}
				});
	}
}
