package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sourcebench.extract.claims.LearnedClaims;
import org.sourcebench.extract.claims.LearnedCues;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the claim candidates beyond the cue lists ({@link LearnedCues}, switch {@code claims.learned-cues}) with the
 * averaged perceptron and the row format of {@link RelationRootTrainer} (whose reading, training and writing it
 * reuses), on the development articles' gold ({@code releng/scripts/train-claimcue23.sh} makes the input: every
 * complement of a noun, adjective or verb of the parse that no claim overlaps, with its speaker, labelled "claim" or
 * "none").
 * <ul>
 * <li>{@code ClaimCueTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code ClaimCueTrainer TRAIN.tsv --folds K DECISIONS MODELS MARGIN...}: K-fold cross-validation by article
 * (fold = the article's number modulo K, {@link ActorFilterTrainer#fold}); each fold is decided by a model trained on
 * the other folds, as {@link LearnedClaims#decide} decides (a kept candidate without a speaker adds no claim); writes {@code DECISIONS.<margin>.tsv} (file, speaker, begin, end) per margin
 * and each fold's model as {@code MODELS/fold.<f>/claim-cues23.tsv} (the engine's folds:
 * {@code -Dsourcebench.models}).</li>
 * </ul>
 */
public final class ClaimCueTrainer {

	private ClaimCueTrainer() {
	}

	public static void main(String[] args) throws IOException {
		RelationRootTrainer.run(args, ClaimCueTrainer::write, ClaimCueTrainer::crossValidate);
	}

	private static void write(List<Row> rows, File file, String part) throws IOException {
		Map<String, String> names = new HashMap<>();
		AbstractModel model = RelationRootTrainer.train(rows, names, RelationRootTrainer.SEED);
		long articles = rows.stream().map(Row::file).distinct().count();
		long positive = rows.stream().filter(r -> r.label().equals(LearnedClaims.CLAIM)).count();
		RelationRootTrainer.write(model, names, file, List.of(
				"# Claim candidates beyond the cue lists (claims.learned-cues; org.sourcebench.extract.claims.LearnedCues).",
				"# Made by releng/scripts/train-claimcue23.sh on " + part + " (dev = study + select + check of "
						+ "article-sets.sh, annotated batches 1-36), the engine run with the switch off and the learned "
						+ "components TRAIN_OFF names off",
				"# (the others, the document-level speakers among them, read each fold's articles with their models trained "
						+ "without the fold): the complements of the "
						+ "parse's nouns, adjectives and verbs and the quotations that no claim overlaps,",
				"# with the speaker the rule readers resolve (" + rows.size() + " candidates in " + articles
						+ " articles, " + positive + " labelled claim: the text pairs with a gold claim the engine misses, "
						+ "token F1 >= 0.5, and the speaker is its speaker or none resolves);",
				"# averaged perceptron (syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS
						+ " passes, seed " + RelationRootTrainer.SEED + ". Lines: feature, then outcome=weight per outcome."));
	}

	static void crossValidate(List<Row> rows, int k, String prefix, String models, float[] margins)
			throws IOException {
		RelationRootTrainer.crossValidateWithFoldModels(rows, k, prefix, models, margins, LearnedCues.MODEL, TreeMap::new,
				Row::file, ClaimCueTrainer::write, (model, doc, margin, out) -> {
					List<LearnedRoots.Candidate> cands = new ArrayList<>();
					for (Row r : doc) {
						cands.add(new LearnedRoots.Candidate(r.from(), r.to(), r.begin(), r.end(), r.features()));
					}
					for (LearnedRoots.Candidate c : LearnedClaims.decide(model, cands, margin)) {
						if (!c.from().isEmpty()) { // no speaker: no claim, as the engine decides
							out.append(doc.get(0).file()).append('\t').append(c.from()).append('\t').append(c.begin())
									.append('\t').append(c.end()).append('\n');
						}
					}
				});
	}
}
