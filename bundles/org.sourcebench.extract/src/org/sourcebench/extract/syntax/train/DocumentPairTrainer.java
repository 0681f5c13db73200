package org.sourcebench.extract.syntax.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.relations.DocumentPairs;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

/**
 * Trains the document-level relation model ({@link DocumentPairs}, switch {@code relations.document-pairs}) with the
 * actor filter's training ({@link ActorFilterTrainer}: the averaged perceptron of {@link RelationRootTrainer}'s rows,
 * five seeds averaged), on the development articles' gold ({@code releng/scripts/train-docrel22.sh} makes the input:
 * every (actor pair, root) candidate of the engine on dev with its aggregate features, labelled {@code keep} when a
 * gold relation of the two ends, as score.py aligns actors, has that root, else {@code drop}).
 * <ul>
 * <li>{@code DocumentPairTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code DocumentPairTrainer TRAIN.tsv --folds K LEADS.tsv}: K-fold cross-validation by article
 * ({@link ActorFilterTrainer#fold}: the article's number modulo K): each fold's candidates are read by a model trained
 * on the other folds; writes file, from, to, evidence begin, end, root, whether a reader emits it, label and drop's
 * lead over keep per candidate.</li>
 * </ul>
 * Rows are read in file order and the passes shuffled from fixed seeds: training repeats exactly.
 */
public final class DocumentPairTrainer {

	/** Features of fewer rows are left out. */
	static final int CUTOFF = Integer.getInteger("docpairs.cutoff", 2);

	private DocumentPairTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 2 && args[1].equals("--folds")) {
			int k = Integer.parseInt(args[2]);
			StringBuilder out = new StringBuilder();
			for (int f = 0; f < k; f++) {
				List<Row> train = new ArrayList<>();
				List<Row> test = new ArrayList<>();
				for (Row r : rows) {
					(ActorFilterTrainer.fold(r.file(), k) == f ? test : train).add(r);
				}
				LinearModel model = ActorFilterTrainer.model(ActorFilterTrainer.ensemble(train, CUTOFF));
				for (Row r : test) {
					out.append(r.file()).append('\t').append(r.from()).append('\t').append(r.to()).append('\t')
							.append(r.begin()).append('\t').append(r.end()).append('\t')
							.append(r.features().get(0).substring(DocumentPairs.ROOT.length())).append('\t')
							.append(r.features().get(1).substring(DocumentPairs.READER.length())).append('\t')
							.append(r.label()).append('\t').append(LearnedActorFilter.lead(model, r.features()))
							.append('\n');
				}
			}
			Files.writeString(Path.of(args[3]), out, StandardCharsets.UTF_8);
			return;
		}
		ActorFilterTrainer.write(ActorFilterTrainer.ensemble(rows, CUTOFF), header(rows), Path.of(args[1]));
	}

	static List<String> header(List<Row> rows) {
		long articles = rows.stream().map(Row::file).distinct().count();
		long keep = rows.stream().filter(r -> r.label().equals(LearnedActorFilter.KEEP)).count();
		return List.of("# Document-level relations (relations.document-pairs; org.sourcebench.extract.relations.DocumentPairs).",
				"# Made by releng/scripts/train-docrel22.sh (syntax.train.DocumentPairTrainer) on the development set "
						+ "dev = study + select + check, batches 1-36 (twenty-fourth session): " + articles + " articles, "
						+ rows.size() + " (actor pair, root) candidates of the engine with the switch off,",
				"# labelled keep when a gold relation of the two ends (score.py's actor alignment) has the root (" + keep
						+ "), else drop (" + (rows.size() - keep) + ");",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes, the average of " + ActorFilterTrainer.SEEDS + " perceptrons, seeds "
						+ ActorFilterTrainer.SEED + " to " + (ActorFilterTrainer.SEED + ActorFilterTrainer.SEEDS - 1)
						+ ", features of fewer than " + CUTOFF + " candidates left out.",
				"# Cross-validated by article number modulo 5 (train-docrel22.sh --cv); the engine adds a candidate no reader emits, of a root in DocumentPairs.ADD_ROOTS (12-20), "
						+ "when keep leads drop by more than DocumentPairs.MARGIN (-10).",
				"# Lines: feature, then outcome=weight per outcome.");
	}
}
