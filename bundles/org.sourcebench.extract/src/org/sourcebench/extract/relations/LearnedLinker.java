package org.sourcebench.extract.relations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A statistical relation linker: a logistic-regression model over the candidates of {@link LinkerFeatures}
 * (source mention, target mention, trigger word and one of its CAMEO roots in a sentence), trained from our own
 * gold annotations ({@code relations.train.LinkerTrainer}). After the rule readers it adds the (from, to, root)
 * relationships whose best candidate in the document scores at least the model's threshold and that the readers did
 * not produce ({@link org.sourcebench.extract.ExtractionEngine#withLinker}; firings counted as {@code relations.learned}). No model ships
 * and the default engine runs none: trained on the study half of the development batches, no threshold raised typed
 * relations under leave-one-batch-out cross-validation (the measurements are in the README). Immutable; safe to share
 * between threads.
 */
public final class LearnedLinker {

	/** The feature name under which a model file stores its threshold. */
	public static final String THRESHOLD = "@threshold";

	/** What a trainer sees of one document: the candidates and the rule readers' relationships. */
	public interface Sink {
		void accept(String body, DocActors actors, List<ExtractedRelationship> rules,
				List<LinkerFeatures.Candidate> candidates);
	}

	private final LinkerFeatures features;
	private final Map<String, Double> weights;
	private final double threshold;
	private final Sink sink;

	/** A linker with these weights and threshold; {@code sink} (may be null) sees every document's candidates. */
	public LearnedLinker(Map<String, Double> weights, double threshold, Sink sink) {
		ExtractionData data = ExtractionData.get();
		this.features = new LinkerFeatures(new EventCoder(PetrarchDictionaries.verbs(), PetrarchDictionaries.actors(),
				PetrarchDictionaries.agents()), PetrarchDictionaries.verbs(), data.cameo(), data.forms());
		this.weights = Map.copyOf(weights);
		this.threshold = threshold;
		this.sink = sink;
	}

	/**
	 * The linker of a model file that {@code relations.train.LinkerTrainer} wrote (feature, weight; the threshold
	 * as {@link #THRESHOLD}; lines starting with # are comments).
	 */
	public static LearnedLinker load(Path file) throws IOException {
		Map<String, Double> w = new HashMap<>();
		double threshold = Double.POSITIVE_INFINITY;
		int n = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			n++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] r = line.split("\t");
			try {
				if (r.length != 2) {
					throw new NumberFormatException("two tab-separated columns expected");
				}
				if (r[0].equals(THRESHOLD)) {
					threshold = Double.parseDouble(r[1].trim());
				} else {
					w.put(r[0], Double.parseDouble(r[1].trim()));
				}
			} catch (NumberFormatException e) {
				throw new IOException(file + " line " + n + ": not a feature and its weight (" + e.getMessage() + ")", e);
			}
		}
		return new LearnedLinker(w, threshold, null);
	}

	/** The features the candidates are read with. */
	public LinkerFeatures features() {
		return features;
	}

	/** The model's probability that a candidate with these features is a relationship of the gold. */
	public double probability(List<String> f) {
		double z = 0;
		for (String name : f) {
			Double w = weights.get(name);
			if (w != null) {
				z += w;
			}
		}
		return 1 / (1 + Math.exp(-z));
	}

	/**
	 * Adds to {@code out} the relationships the model finds in {@code sentences} at or above its threshold and whose
	 * (from, to, root) is not yet there (root-only code, the probability as confidence).
	 */
	public void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		List<LinkerFeatures.Candidate> candidates = features.candidates(sentences, actors, out);
		if (sink != null) {
			sink.accept(body, actors, List.copyOf(out), candidates);
		}
		Set<String> seen = new HashSet<>();
		for (ExtractedRelationship r : out) {
			seen.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		Map<String, LinkerFeatures.Candidate> best = new LinkedHashMap<>();
		Map<String, Double> score = new HashMap<>();
		for (LinkerFeatures.Candidate c : candidates) {
			if (seen.contains(c.key()) || c.source().actor().kind() == ActorKind.MEDIA
					|| c.target().actor().kind() == ActorKind.MEDIA) {
				continue;
			}
			double p = probability(c.features());
			if (p >= threshold && p > score.getOrDefault(c.key(), -1.0)) {
				best.put(c.key(), c);
				score.put(c.key(), p);
			}
		}
		for (Map.Entry<String, LinkerFeatures.Candidate> e : best.entrySet()) {
			LinkerFeatures.Candidate c = e.getValue();
			ParsedSentence s = c.sentence();
			int b = Math.min(c.source().begin(), Math.min(c.target().begin(), s.start(c.trigger())));
			int z = Math.max(c.source().end(), Math.max(c.target().end(), s.end(c.trigger())));
			out.add(new ExtractedRelationship(c.source().actor().name(), c.target().actor().name(), c.root(),
					TextSpan.of(body, b, z), Math.round(score.get(e.getKey()) * 100) / 100.0));
		}
		Mechanisms.fired("relations.learned", best.size());
	}
}
