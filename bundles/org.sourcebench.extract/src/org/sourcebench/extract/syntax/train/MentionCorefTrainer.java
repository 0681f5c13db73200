package org.sourcebench.extract.syntax.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.train.RelationRootTrainer.Row;

/**
 * Trains the learned description resolver ({@code actors.LearnedCoref}, switch {@code actors.learned-coref}) with the
 * averaged perceptron of the actor filter ({@link ActorFilterTrainer#ensemble}: {@link RelationRootTrainer}'s rows,
 * training and model format), on the development gold's actor mentions ({@code releng/scripts/train-entity22.sh} makes
 * the input: every pair of an unresolved definite description and an actor named before it that the engine sees on
 * the development articles with the switch off, labelled {@code keep} when the description is a gold mention of
 * the gold actor aligned with the pair's actor, else {@code drop}).
 * <ul>
 * <li>{@code MentionCorefTrainer TRAIN.tsv MODEL.tsv}: trains on every row and writes the model.</li>
 * <li>{@code MentionCorefTrainer TRAIN.tsv --folds K DIR}: writes {@code DIR/fold.F/mention-coref22.tsv} for each
 * fold F (article number modulo K, {@link ActorFilterTrainer#fold}), trained without the fold's articles: the engine
 * cross-validation reads each fold's articles with {@code -Dsourcebench.models=DIR/fold.F}; and {@code DIR/leads.tsv}:
 * every row's file, actor, description, begin, label and drop's lead over keep under the model of its fold (the
 * margin's choice).</li>
 * </ul>
 * The model's head list (its {@code #heads} line) is the heads of the descriptions labelled {@code keep} in at least
 * {@link #MIN_ARTICLES} training articles; only rows of those heads are trained on (the engine proposes no others).
 */
public final class MentionCorefTrainer {

	/** A head is listed when this many training articles have a description of it that is a gold mention. */
	static final int MIN_ARTICLES = 2;

	private MentionCorefTrainer() {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = RelationRootTrainer.read(Path.of(args[0]));
		if (args.length > 3 && args[1].equals("--folds")) {
			int k = Integer.parseInt(args[2]);
			StringBuilder leads = new StringBuilder();
			for (int f = 0; f < k; f++) {
				List<Row> train = new ArrayList<>();
				for (Row r : rows) {
					if (ActorFilterTrainer.fold(r.file(), k) != f) {
						train.add(r);
					}
				}
				Path dir = Path.of(args[3], "fold." + f);
				Files.createDirectories(dir);
				train(train, "fold " + f + " of " + k + " left out", dir.resolve("mention-coref22.tsv"));
				LinearModel model = LearnedRoots.read(dir.resolve("mention-coref22.tsv"));
				for (Row r : rows) {
					if (ActorFilterTrainer.fold(r.file(), k) == f) {
						leads.append(r.file()).append('\t').append(r.from()).append('\t').append(r.to()).append('\t')
								.append(r.begin()).append('\t').append(r.label()).append('\t')
								.append(LearnedActorFilter.lead(model, r.features())).append('\n');
					}
				}
			}
			Files.writeString(Path.of(args[3], "leads.tsv"), leads, StandardCharsets.UTF_8);
			return;
		}
		train(rows, "all", Path.of(args[1]));
	}

	/** The last word of a description, lower case. */
	static String head(String description) {
		String d = description.strip().toLowerCase(Locale.ROOT);
		return d.substring(d.lastIndexOf(' ') + 1);
	}

	static void train(List<Row> rows, String part, Path model) throws IOException {
		Map<String, Set<String>> articles = new HashMap<>();
		for (Row r : rows) {
			if (r.label().equals(LearnedActorFilter.KEEP)) {
				articles.computeIfAbsent(head(r.to()), h -> new HashSet<>()).add(r.file());
			}
		}
		TreeSet<String> heads = new TreeSet<>();
		articles.forEach((h, files) -> {
			if (files.size() >= MIN_ARTICLES) {
				heads.add(h);
			}
		});
		List<Row> used = new ArrayList<>();
		for (Row r : rows) {
			if (heads.contains(head(r.to()))) {
				used.add(r);
			}
		}
		List<String> lines = ActorFilterTrainer.ensemble(used);
		long docs = used.stream().map(Row::file).distinct().count();
		long keep = used.stream().filter(r -> r.label().equals(LearnedActorFilter.KEEP)).count();
		List<String> header = new ArrayList<>(List.of(
				"# Learned description resolver (actors.learned-coref; org.sourcebench.extract.actors.LearnedCoref).",
				"# Made by releng/scripts/train-entity22.sh (syntax.train.MentionCorefTrainer) on the development set dev "
						+ "(study + select + check, batches 1-36, 923 articles; " + part + "): " + used.size()
						+ " pairs (an unresolved definite description, an actor named before it) in the " + docs
						+ " articles that have one, as the engine sees them with the switch off,",
				"# labelled keep when the description is a gold mention of the gold actor score.py aligns with the pair's "
						+ "actor (the export with the other learned components off; " + keep + "), else drop (" + (used.size() - keep) + "); averaged perceptron "
						+ "(syntax.train.AveragedPerceptron), " + RelationRootTrainer.ITERATIONS + " passes, "
						+ ActorFilterTrainer.SEEDS + " seeds from " + ActorFilterTrainer.SEED + " averaged.",
				"# Cross-validated by article number modulo 5 (train-entity22.sh --cv, through the engine); the engine links "
						+ "a description to its best actor when keep leads drop by more than LearnedCoref.MARGIN.",
				"# Lines: #heads (the description heads with a gold mention in >= " + MIN_ARTICLES
						+ " training articles), then feature, then outcome=weight per outcome.",
				"#heads\t" + String.join(" ", heads)));
		ActorFilterTrainer.write(lines, header, model);
	}
}
