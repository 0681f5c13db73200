package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.MentionResolver;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A learned reading of the relationships a speaker states inside its own claim ({@code relations.claimStances}):
 * "X said Y has proven to be no different from its predecessor" (11 from X to Y). Candidates are the pairs (the
 * claim's speaker, another actor named in the claim's words or a third-person pronoun resolved there); each is
 * described by features of the parse and the claim (the mention's dependency role and the lemma of its head, negation
 * and modality there, the claim's cue and AFINN-165 valences near the mention and in the claim, the kinds of the two
 * actors, whether they share a country, the roots the rule readers already gave the pair), and a softmax regression
 * over CAMEO roots and "none" ({@code data/claim-stances.tsv}, trained on the study half's gold by
 * {@code eval/ClaimStanceTrainer}, {@code releng/scripts/train-claim-stances.sh}) adds the roots scoring at or above
 * their threshold that the rule readers lack. Deterministic; the model is read once and shared between threads.
 * <p>
 * For experiments on a plain JVM: {@code -Dsourcebench.claimStances.model=FILE} reads another model (one written by
 * {@code train-claim-stances.sh FILE}), {@code -Dsourcebench.claimStances.threshold=T} sets every class's add
 * threshold and {@code -Dsourcebench.claimStances.only=11,...} adds those classes only (how the shipped threshold was
 * chosen on the select set).
 */
public final class ClaimStances {

	/** The switch. */
	public static final String NAME = "relations.claimStances";
	/** The property naming another model file to read ({@link ModelFiles#rows}). */
	public static final String MODEL_PROPERTY = "sourcebench.claimStances.model";
	/** The class of a candidate the speaker relates in no way. */
	public static final String NONE = "none";

	/** One candidate: the claim's speaker and another actor of its words, the features, and the claim's span. */
	public record Candidate(DocActor speaker, DocActor target, List<String> features, int begin, int end,
			boolean gated) {

		/** The pair as "speaker|target" document-actor names. */
		public String pair() {
			return speaker.name() + "|" + target.name();
		}
	}

	/** Receives each document's candidates and the rule readers' relationships (for the trainer). */
	public interface Sink {
		void seen(String body, DocActors actors, List<ExtractedRelationship> rules, List<Candidate> candidates);
	}

	private static volatile Sink sink;

	/** Records every document's candidates to {@code s} (null: stop); then nothing is added. For the trainer. */
	public static void record(Sink s) {
		sink = s;
	}

	/** The weights: one column per class ({@code classes.get(0)} is "none"), and per class the add threshold. */
	public record Model(List<String> classes, Map<String, float[]> weights, double[] thresholds) {

		/** Class probabilities of a candidate. */
		public double[] probabilities(List<String> features) {
			int k = classes.size();
			double[] z = new double[k];
			for (String f : new TreeSet<>(features)) {
				float[] w = weights.get(f);
				if (w != null) {
					for (int c = 0; c < k; c++) {
						z[c] += w[c];
					}
				}
			}
			return softmax(z);
		}

		/**
		 * Turns the class scores {@code z} into probabilities in place and returns them; the one softmax of the model,
		 * for {@link #probabilities} and the trainer's gradient steps alike.
		 */
		public static double[] softmax(double[] z) {
			double max = Double.NEGATIVE_INFINITY;
			for (double v : z) {
				max = Math.max(max, v);
			}
			double sum = 0;
			for (int c = 0; c < z.length; c++) {
				z[c] = Math.exp(z[c] - max);
				sum += z[c];
			}
			for (int c = 0; c < z.length; c++) {
				z[c] /= sum;
			}
			return z;
		}

		/** Reads a model file's rows ({@code @classes}, {@code @threshold}, then feature and weights). */
		public static Model parse(List<String[]> rows) {
			List<String> classes = List.of(NONE);
			double[] thresholds = new double[0];
			Map<String, float[]> w = new HashMap<>();
			for (String[] r : rows) {
				if (r[0].equals("@classes")) {
					classes = List.of(r[1].trim().split(" "));
				} else if (r[0].equals("@threshold")) {
					String[] t = r[1].trim().split(" ");
					thresholds = new double[t.length];
					for (int i = 0; i < t.length; i++) {
						thresholds[i] = Double.parseDouble(t[i]);
					}
				} else if (!r[0].startsWith("@")) {
					String[] v = r[1].trim().split(" ");
					float[] f = new float[v.length];
					for (int i = 0; i < v.length; i++) {
						f[i] = Float.parseFloat(v[i]);
					}
					w.put(r[0], f);
				}
			}
			String all = System.getProperty("sourcebench.claimStances.threshold");
			if (all != null) { // an experiment: one threshold for every class
				thresholds = new double[classes.size()];
				Arrays.fill(thresholds, Double.parseDouble(all));
				thresholds[0] = Double.POSITIVE_INFINITY;
			}
			String only = System.getProperty("sourcebench.claimStances.only");
			if (only != null) { // an experiment: only these classes are added
				for (int c = 1; c < classes.size() && c < thresholds.length; c++) {
					if (!List.of(only.split(",")).contains(classes.get(c))) {
						thresholds[c] = Double.POSITIVE_INFINITY;
					}
				}
			}
			return new Model(classes, w, thresholds);
		}
	}

	private static final class Holder {
		static final Model MODEL = load();
		static final Valence VALENCE = new Valence();

		private static Model load() {
			List<String[]> rows = ModelFiles.rows(MODEL_PROPERTY);
			if (rows == null) {
				return Model.parse(DataFile.rows("claim-stances.tsv", 2));
			}
			return Model.parse(rows);
		}
	}

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nothing", "neither", "nor",
			"without");
	private static final Set<String> MODALS = Set.of("must", "should", "will", "would", "could", "can", "may",
			"might", "shall");
	private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ours", "i", "me", "my");
	private static final int NEAR = 6;
	/** Relations climbed from a mention to the clause word it hangs on. */
	private static final Set<String> CLIMB = Set.of("compound", "flat", "appos", "amod", "nmod:poss", "poss");
	/**
	 * Marks of a mention whose pair is never added (kept out of the features): the word it hangs on is negated
	 * ("not", "never"), or it is the subject of what it feels or undergoes (an "-ed" predicate of negative valence,
	 * "suffer", "sustain", "endure").
	 */
	private static final String GATE = "gate=";
	private static final Set<String> PLAIN_NEGATIONS = Set.of("not", "n't", "never");
	private static final Set<String> SUFFERING = Set.of("suffer", "sustain", "endure");

	private ClaimStances() {
	}

	/**
	 * Adds to {@code out} the relationships the model reads in the claims (the roots at or above their thresholds the
	 * rule readers lack for the pair), or records the candidates when a {@link Sink} listens.
	 */
	public static void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> out) {
		Sink s = sink;
		if (s == null && !Mechanisms.on(NAME)) {
			return;
		}
		List<Candidate> candidates = candidates(body, sentences, actors, claims, out);
		if (s != null) {
			s.seen(body, actors, List.copyOf(out), candidates);
			return;
		}
		add(body, candidates, Holder.MODEL, out);
	}

	/** Adds the model's relationships of {@code candidates} to {@code out} (best candidate of a pair per root). */
	static void add(String body, List<Candidate> candidates, Model model, List<ExtractedRelationship> out) {
		Set<String> seen = new HashSet<>();
		for (ExtractedRelationship r : out) {
			seen.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		Map<String, Candidate> best = new LinkedHashMap<>();
		Map<String, Double> bestP = new HashMap<>();
		for (Candidate c : candidates) {
			if (c.gated()) {
				continue;
			}
			double[] p = model.probabilities(c.features());
			for (int k = 1; k < p.length && k < model.thresholds().length; k++) {
				if (p[k] < model.thresholds()[k]) {
					continue;
				}
				String key = c.pair() + "|" + model.classes().get(k);
				if (!seen.contains(key) && (!bestP.containsKey(key) || p[k] > bestP.get(key))) {
					best.put(key, c);
					bestP.put(key, p[k]);
				}
			}
		}
		int before = out.size();
		for (Map.Entry<String, Candidate> e : best.entrySet()) {
			Candidate c = e.getValue();
			String root = e.getKey().substring(e.getKey().lastIndexOf('|') + 1);
			out.add(new ExtractedRelationship(c.speaker().name(), c.target().name(), root,
					TextSpan.of(body, c.begin(), c.end()), Math.min(0.9, bestP.get(e.getKey()))));
		}
		Mechanisms.fired(NAME, out.size() - before);
	}

	/** The candidates of the document's claims: one per (claim, other actor of its words). */
	public static List<Candidate> candidates(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rules) {
		List<Candidate> out = new ArrayList<>();
		if (sentences.isEmpty()) {
			return out;
		}
		Map<String, Set<String>> ruleRoots = new HashMap<>();
		for (ExtractedRelationship r : rules) {
			ruleRoots.computeIfAbsent(r.from() + "|" + r.to(), k -> new TreeSet<>()).add(r.root());
		}
		MentionResolver.Document coref = null;
		// the mention covering each token start (as DocActors.at: the first by begin), built once per document
		TreeSet<Integer> starts = new TreeSet<>();
		for (ParsedSentence s : sentences) {
			for (int t = 0; t < s.size(); t++) {
				starts.add(s.start(t));
			}
		}
		Map<Integer, ActorMention> at = new HashMap<>();
		for (ActorMention m : actors.mentions()) {
			for (int o : starts.subSet(m.begin(), true, m.end(), false)) {
				at.putIfAbsent(o, m);
			}
		}
		Valence valence = Holder.VALENCE;
		for (ExtractedClaim c : claims) {
			DocActor speaker = c.speaker() == null ? null : actors.byName(c.speaker());
			if (speaker == null || c.evidence() == null || speaker.kind() == ActorKind.MEDIA) {
				continue;
			}
			int cb = c.evidence().begin();
			int ce = c.evidence().end();
			TitledSide.Side own = TitledSide.of(body, actors, speaker); // the side its title names (relations.titled-side)
			// per target actor: features of its mentions, in claim order
			Map<DocActor, Set<String>> byTarget = new LinkedHashMap<>();
			List<String> claimFeatures = new ArrayList<>();
			int negatives = 0;
			int positives = 0;
			int min = 0;
			int tokens = 0;
			Set<DocActor> others = new HashSet<>();
			for (int si = 0; si < sentences.size(); si++) {
				ParsedSentence s = sentences.get(si);
				if (s.end(s.size() - 1) <= cb || s.start(0) >= ce) {
					continue;
				}
				for (int t = 0; t < s.size(); t++) {
					if (s.start(t) < cb || s.end(t) > ce) {
						continue;
					}
					tokens++;
					int v = valence.of(s, t);
					min = Math.min(min, v);
					negatives += v <= -2 ? 1 : 0;
					positives += v >= 2 ? 1 : 0;
					if (v <= -2) {
						claimFeatures.add("cneg=" + lemma(s, t));
					}
					String w = s.word(t).toLowerCase(Locale.ROOT);
					if (s.deprel(t).equals("aux") && MODALS.contains(w)) {
						claimFeatures.add("cmodal=" + w);
					}
					ActorMention m = at.get(s.start(t));
					boolean pronoun = false;
					if (m == null && s.pos(t).equals("PRON") && MentionResolver.pronoun(s.word(t))
							&& !FIRST_PERSON.contains(w)) {
						if (coref == null) {
							coref = MentionResolver.get().document(body, sentences, actors);
						}
						m = coref.pronoun(s, t);
						pronoun = m != null;
					}
					if (m == null || m.actor() == speaker || m.actor().kind() == ActorKind.MEDIA
							|| !speaker.iso().isEmpty() && speaker.iso().equals(m.actor().iso())) {
						continue; // no speaker relates itself, a medium or its own country's actors here
					}
					if (own != null && own.covers(m.actor())) {
						continue; // nor the side its title names ("Houthi military spokesman X")
					}
					if (!pronoun && !first(s, t, m)) {
						continue; // one feature set per mention: read once, at its head token
					}
					int h = pronoun ? t : s.headOf(m.begin(), m.end());
					if (h < 0) {
						continue;
					}
					others.add(m.actor());
					Set<String> f = byTarget.computeIfAbsent(m.actor(), k -> new TreeSet<>());
					mentionFeatures(s, h, m, pronoun, valence, f);
					f.add("sent=" + Math.min(si, 9) / 3);
				}
			}
			for (Map.Entry<DocActor, Set<String>> e : byTarget.entrySet()) {
				DocActor target = e.getKey();
				List<String> f = new ArrayList<>(e.getValue());
				f.add("bias");
				f.addAll(claimFeatures);
				f.add("sk=" + speaker.kind());
				f.add("tk=" + target.kind());
				f.add("kk=" + speaker.kind() + "/" + target.kind());
				f.add(speaker.iso().isEmpty() || target.iso().isEmpty() ? "iso=?"
						: speaker.iso().equals(target.iso()) ? "iso=same" : "iso=other");
				f.add("direct=" + c.direct());
				f.add("cue=" + (c.cue() == null ? "" : c.cue().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_")));
				f.add("cmin=" + Math.max(min, -4));
				f.add("cnegs=" + Math.min(negatives, 3));
				f.add("cpos=" + Math.min(positives, 2));
				f.add("len=" + (tokens < 10 ? 0 : tokens < 25 ? 1 : tokens < 45 ? 2 : 3));
				f.add("others=" + Math.min(others.size(), 3));
				f.add("unnamed=" + DocActor.isUnnamed(speaker.name()));
				Set<String> rr = ruleRoots.get(speaker.name() + "|" + target.name());
				if (rr == null) {
					f.add("rule=none");
				} else {
					rr.forEach(r -> f.add("rule=" + r));
				}
				Set<String> back = ruleRoots.get(target.name() + "|" + speaker.name());
				if (back != null) {
					back.forEach(r -> f.add("back=" + r));
				}
				boolean gated = f.removeIf(x -> x.startsWith(GATE));
				out.add(new Candidate(speaker, target, List.copyOf(new TreeSet<>(f)), cb, ce, gated));
			}
		}
		return out;
	}

	/** Whether {@code t} is the first token of the sentence inside mention {@code m}. */
	private static boolean first(ParsedSentence s, int t, ActorMention m) {
		return s.start(t) >= m.begin() && (t == 0 || s.start(t - 1) < m.begin());
	}

	/** Whether the word has "not", "n't" or "never" on it. */
	private static boolean plainNegation(ParsedSentence s, int g) {
		for (int c : s.children(g)) {
			if (PLAIN_NEGATIONS.contains(s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static void mentionFeatures(ParsedSentence s, int h, ActorMention m, boolean pronoun,
			Valence valence, Set<String> f) {
		String dep = s.deprel(h);
		int g = s.head(h);
		f.add("dep=" + dep);
		if (pronoun) {
			f.add("pron");
		}
		for (int c : s.children(h)) {
			if (s.deprel(c).equals("case")) {
				f.add("case=" + lemma(s, c));
			}
		}
		// climb over name compounds, possessors and appositions to the clause word the mention hangs on
		int w = h;
		String rel = dep;
		for (int guard = 0; g >= 0 && guard < 3 && CLIMB.contains(rel); guard++) {
			w = g;
			rel = s.deprel(g);
			g = s.head(g);
		}
		if (w != h) {
			f.add("via=" + dep + ">" + rel);
		}
		if (g < 0) {
			f.add("gov=ROOT");
		} else {
			String gl = lemma(s, g);
			f.add("gov=" + gl);
			f.add("govpos=" + s.pos(g));
			f.add("dep+gov=" + rel + ">" + gl);
			int gv = valence.of(s, g);
			f.add("govval=" + Math.max(-3, Math.min(gv, 3)));
			boolean neg = false;
			for (int c : s.children(g)) {
				String cw = s.word(c).toLowerCase(Locale.ROOT);
				if (NEGATIONS.contains(cw) && (s.deprel(c).startsWith("advmod") || s.deprel(c).equals("neg")
						|| s.deprel(c).equals("det"))) {
					neg = true;
				}
				if (s.deprel(c).startsWith("aux") && MODALS.contains(cw)) {
					f.add("modal=" + cw);
				}
				if (c != w && valence.negative(s, c) && !s.deprel(c).startsWith("nsubj")) {
					f.add("govarg=neg");
					if (rel.startsWith("nsubj")) {
						f.add("subj-of-neg-arg");
					}
				}
			}
			if (plainNegation(s, g)) {
				f.add(GATE + "negated"); // "X's statements were not inappropriate"
			}
			String gw = s.word(g).toLowerCase(Locale.ROOT);
			boolean predicate = s.pos(g).equals("ADJ") || !s.children(g, "cop").isEmpty();
			if (rel.startsWith("nsubj") && (predicate && gw.endsWith("ed") && gv < 0 || SUFFERING.contains(gl))) {
				f.add(GATE + "experiencer"); // "X was disappointed", "X suffered losses": what X feels or undergoes
			}
			if (neg) {
				f.add("negated");
			}
			if (rel.startsWith("nsubj") && gv <= -2) {
				f.add("subj-of-neg");
			}
			if (rel.startsWith("nsubj") && rel.endsWith("pass")) {
				f.add("passive-subj");
			}
			int gg = s.head(g);
			if (gg >= 0) {
				f.add("gov2=" + lemma(s, gg));
			}
		}
		int near = 0;
		int nearBefore = 0;
		for (int t = Math.max(0, h - NEAR); t < Math.min(s.size(), h + NEAR + 1); t++) {
			int v = valence.of(s, t);
			if (t > h) {
				near = Math.min(near, v);
			} else if (t < h) {
				nearBefore = Math.min(nearBefore, v);
			}
		}
		f.add("near=" + Math.max(near, -4));
		f.add("nearb=" + Math.max(nearBefore, -4));
	}

	private static String lemma(ParsedSentence s, int t) {
		String l = s.lemma(t);
		return (l == null || l.isEmpty() ? s.word(t) : l).toLowerCase(Locale.ROOT);
	}
}
