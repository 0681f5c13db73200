package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Roots beyond the dictionary (switch {@code relations.learned-reroot}): the learned relation proposer
 * ({@link LearnedRoots}) may only propose a root that a dictionary word of the candidate's path gives it
 * ({@link LearnedRoots#supported}); this component reads the same candidates — every ordered pair of two actors named
 * in one parsed sentence that carries no relation yet, with {@link LearnedRoots#candidates}' features (the path's
 * lemmas and labels, its top word, the verbs between the ends, the ends' kinds, the claim over the sentence, the
 * rule relations sharing an end) plus the words of the whole sentence ({@link #withSentence}: every verb and common
 * noun, the dictionary roots of any word, the root word) — with its own averaged perceptron trained WITHOUT that
 * restriction, and proposes
 * for a pair the best root no dictionary word supports ("clashed", "slammed", "handed over") when its lead over
 * "none" exceeds {@link #MARGIN}. It runs last among the relation stages (after the learned relation filter and the
 * document-level pairs), so it only adds relations for pairs nothing else relates and no other model reads its
 * additions; the evidence is the sentence, the confidence {@link #CONFIDENCE}.
 * <p>
 * The model is {@code data/relation-reroot23.tsv} (a header saying how it was made; {@code
 * releng/scripts/train-relroot23.sh}, {@code syntax.train.RelationRerootTrainer}), read once per JVM (or the file
 * {@code -Dsourcebench.reroot.model} names; {@code -Dsourcebench.models} as for the other learned components).
 * Properties: {@code -Dsourcebench.reroot.margin} (default {@value #DEFAULT_MARGIN}), {@code -Dsourcebench.reroot.all}
 * (propose supported roots too; off). Stateless and thread-safe.
 */
public final class LearnedReroot {

	/** The switch. */
	public static final String NAME = "relations.learned-reroot";
	/** The model's class-path entry. */
	public static final String MODEL = "data/relation-reroot23.tsv";
	/** The default of {@link #MARGIN}. */
	static final String DEFAULT_MARGIN = "6.5";
	/** The lead over "none" a proposed root must exceed (in the averaged perceptron's units). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.reroot.margin", DEFAULT_MARGIN));
	/** Whether roots the dictionaries support are proposed too (off: those are {@link LearnedRoots}'). */
	static final boolean ALL = Boolean.getBoolean("sourcebench.reroot.all");
	/** The confidence of a proposed relation. */
	static final double CONFIDENCE = 0.25;

	private LearnedReroot() {
	}

	/** The property naming another model file ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.reroot.model";

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/** The training dump, per thread ({@link #dumpTo}). */
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();

	/**
	 * Sends this thread's next extractions' candidates, with their features, to {@code sink} (the trainer's dump,
	 * {@code EngineExport --reroot-features}; the candidates are read even with the switch off), or stops when null.
	 */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** Proposes relations for the document's sentence pairs that nothing relates yet, appended to {@code rel}. */
	public static void apply(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel) {
		LearnedRoots.Sink sink = DUMP.sink();
		if (sentences.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return;
		}
		List<LearnedRoots.Candidate> candidates = withSentence(sentences,
				LearnedRoots.candidates(sentences, actors, claims, rel));
		if (sink != null) {
			candidates.forEach(sink::accept);
		}
		if (!Mechanisms.on(NAME) || candidates.isEmpty()) {
			return;
		}
		List<ExtractedRelationship> added = propose(Holder.MODEL_INSTANCE, candidates, MARGIN, ALL, body);
		rel.addAll(added);
		Mechanisms.fired(NAME, added.size());
	}

	/**
	 * The candidates with the features of their whole sentence added: the words that carry a root off the path
	 * between the ends ("clashes between A and B", "A said B had ..."): every verb's lemma ({@code sv=}), every common
	 * noun's ({@code sn=}), the roots the dictionaries give any word of the sentence ({@code sd=}: not a support) and
	 * the sentence's root word ({@code sroot=}).
	 */
	static List<LearnedRoots.Candidate> withSentence(List<ParsedSentence> sentences,
			List<LearnedRoots.Candidate> candidates) {
		Map<Integer, List<String>> bySentence = new HashMap<>();
		List<LearnedRoots.Candidate> out = new ArrayList<>(candidates.size());
		for (LearnedRoots.Candidate c : candidates) {
			List<String> words = bySentence.computeIfAbsent(c.begin(), b -> sentenceFeatures(sentences, b));
			List<String> feats = new ArrayList<>(c.features());
			feats.addAll(words);
			out.add(new LearnedRoots.Candidate(c.from(), c.to(), c.begin(), c.end(), feats));
		}
		return out;
	}

	/** The sentence features ({@link #withSentence}) of the parsed sentence starting at {@code begin}. */
	private static List<String> sentenceFeatures(List<ParsedSentence> sentences, int begin) {
		Set<String> out = new TreeSet<>();
		for (ParsedSentence s : sentences) {
			if (s.size() == 0 || s.start(0) != begin) {
				continue;
			}
			for (int x = 0; x < s.size(); x++) {
				String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
				String pos = s.pos(x);
				if (pos.equals("VERB")) {
					out.add("sv=" + lemma);
				} else if (pos.equals("NOUN")) {
					out.add("sn=" + lemma);
				}
				for (String r : LearnedRoots.dictionaryRoots(lemma, pos)) {
					out.add("sd=" + r);
				}
				if (s.head(x) < 0) {
					out.add("sroot=" + lemma);
				}
			}
			break;
		}
		List<String> feats = new ArrayList<>();
		for (String f : out) {
			feats.add(f.replace(' ', '_').replace('\t', '_'));
		}
		return feats;
	}

	/** A pair's best candidate so far: its root's lead over "none", the root, the candidate. */
	public record Lead(float lead, String root, LearnedRoots.Candidate candidate) {
	}

	/**
	 * Per ordered pair of {@code candidates} (in the order the pairs first occur) the candidate sentence and root with
	 * the highest lead over "none" — only roots the candidate's dictionary words do not support
	 * ({@link LearnedRoots#supported}) unless {@code all} — or no entry when no root is left.
	 */
	public static List<Lead> leads(LinearModel model, List<LearnedRoots.Candidate> candidates, boolean all) {
		String[] outcomes = model.outcomes();
		Map<String, Lead> best = new LinkedHashMap<>();
		for (LearnedRoots.Candidate c : candidates) {
			float[] scores = LearnedRoots.scores(model, c.features());
			Set<String> supported = all ? Set.of() : LearnedRoots.supported(c.features());
			int none = -1;
			int top = -1;
			for (int k = 0; k < outcomes.length; k++) {
				if (outcomes[k].equals(LearnedRoots.NONE)) {
					none = k;
				} else if (!supported.contains(outcomes[k]) && (top < 0 || scores[k] > scores[top])) {
					top = k;
				}
			}
			if (top < 0) {
				continue;
			}
			float lead = scores[top] - (none < 0 ? 0f : scores[none]);
			String key = c.from() + "\t" + c.to();
			Lead was = best.get(key);
			if (was == null || lead > was.lead()) {
				best.put(key, new Lead(lead, outcomes[top], c));
			}
		}
		return new ArrayList<>(best.values());
	}

	/**
	 * The relations the model proposes among {@code candidates}: the pairs' best leads ({@link #leads}) above
	 * {@code margin}. {@code body} may be null (evidence without its text).
	 */
	public static List<ExtractedRelationship> propose(LinearModel model, List<LearnedRoots.Candidate> candidates,
			float margin, boolean all, String body) {
		List<ExtractedRelationship> out = new ArrayList<>();
		for (Lead b : leads(model, candidates, all)) {
			if (b.lead() > margin) {
				LearnedRoots.Candidate c = b.candidate();
				TextSpan ev = body == null ? new TextSpan(c.begin(), c.end(), "") : TextSpan.of(body, c.begin(), c.end());
				out.add(new ExtractedRelationship(c.from(), c.to(), b.root(), ev, CONFIDENCE));
			}
		}
		return out;
	}
}
