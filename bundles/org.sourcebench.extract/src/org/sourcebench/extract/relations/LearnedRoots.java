package org.sourcebench.extract.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.data.PetrarchVerb;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.Hash;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A learned proposer of relations (switch {@code relations.learned-roots}): an averaged perceptron trained on the
 * {@code dev} articles' gold (study + select + check, batches 1-29, 706 articles) ({@code
 * syntax.train.RelationRootTrainer}, {@code releng/scripts/train-relation-roots.sh}) reads every ordered pair of two
 * actors named in one parsed sentence (a country actor also by its adjective, "an Israeli airstrike": switch {@code
 * relations.learned-adjective-ends}, {@link #adjectiveEnds}) whose pair no rule reader related — the lemmas, labels and dictionary roots (PETRARCH verbs, trigger list) of the
 * dependency path between their mentions and of its top word, the verbs between them, the kinds and order of the
 * ends, whether the reverse pair is related, whether the sentence lies in a claim and whose, and the roots of the
 * rule relations of the sentence that share an end — and predicts the CAMEO root gold gives such a pair in such a
 * sentence, or "none". An actor and its own state are one side, never a candidate
 * ({@link ParsedRelationReader#partOf}); nor is a pair the rules leave out as unasserted or reported
 * ({@link #unasserted}). Only a root the candidate's own words or neighbours give it can be proposed
 * (a dictionary root of a word on its path or of the path's top word, or the root of a rule relation of the
 * sentence sharing an end). Per pair the sentence and root with the highest lead over "none" is added when the lead
 * exceeds the margin (3: the lowest that keeps seed and own; article-level 5-fold cross-validation over dev, feature
 * cutoff 3, would choose -12, which adds wrong relations to seed and own; the evidence is the sentence; confidence 0.25).
 * The model is {@code data/relation-roots.tsv} (a header saying how it was made, then one feature per line with its
 * weights per outcome), read once per JVM into the parser's {@link LinearModel}. Stateless and thread-safe.
 */
public final class LearnedRoots {

	/** The switch. */
	public static final String NAME = "relations.learned-roots";
	/** The switch of the country-adjective ends ({@link #adjectiveEnds}). */
	public static final String ADJECTIVES = "relations.learned-adjective-ends";
	/** The model's class-path entry. */
	public static final String MODEL = "data/relation-roots.tsv";
	/** The lead over "none" a proposed root must exceed (in the averaged perceptron's units). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedRoots.margin", "3"));
	/** The outcome of a pair gold does not relate. */
	public static final String NONE = "none";
	/** The confidence of a proposed relation. */
	static final double CONFIDENCE = 0.25;
	/** Sentences naming more actors are not read (lists). */
	static final int MAX_ACTORS = 8;

	private static final Set<String> MODALS = Set.of("could", "would", "may", "might", "should", "will", "can",
			"must", "shall");

	/** Receives each candidate pair's features before the proposer acts (the trainer's feature dump). */
	public interface Sink {
		void accept(Candidate c);
	}

	/** A learned component's training dump, per thread: the sink its next extractions send candidates to, or none. */
	public static final class Dump {
		private final ThreadLocal<Sink> sink = new ThreadLocal<>();

		/** Sends this thread's candidates to {@code to}, or stops when null. */
		public void to(Sink to) {
			if (to == null) {
				sink.remove();
			} else {
				sink.set(to);
			}
		}

		/** This thread's sink, or null when the dump is off. */
		public Sink sink() {
			return sink.get();
		}
	}

	/** An ordered pair of actors named in one sentence whose pair carries no relation yet; the sentence's span. */
	public record Candidate(String from, String to, int begin, int end, List<String> features) {
	}

	private LearnedRoots() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = read(MODEL);
	}

	/**
	 * Proposes relations for the document's actor pairs (after every rule reader ran), appended to {@code rel}; the
	 * sink, when not null, receives every candidate first.
	 */
	public static void apply(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel, Sink sink) {
		if (sentences.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return;
		}
		List<Candidate> candidates = candidates(sentences, actors, claims, rel);
		if (sink != null) {
			candidates.forEach(sink::accept);
		}
		if (!Mechanisms.on(NAME) || candidates.isEmpty()) {
			return;
		}
		List<ExtractedRelationship> added = propose(Holder.MODEL_INSTANCE, candidates, MARGIN, body);
		rel.addAll(added);
		Mechanisms.fired(NAME, added.size());
	}

	/**
	 * The relations the model proposes among {@code candidates}: per ordered pair the candidate sentence and
	 * supported root ({@link #supported}) with the highest score over "none", when that lead exceeds
	 * {@code margin}; in the order the pairs first occur.
	 * {@code body} may be null (the trainer's cross-validation: evidence without its text).
	 */
	public static List<ExtractedRelationship> propose(LinearModel model, List<Candidate> candidates, float margin,
			String body) {
		String[] outcomes = model.outcomes();
		int none = -1;
		for (int k = 0; k < outcomes.length; k++) {
			if (outcomes[k].equals(NONE)) {
				none = k;
			}
		}
		Map<String, Best> best = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			float[] scores = scores(model, c.features());
			Set<String> supported = supported(c.features());
			int top = -1;
			for (int k = 0; k < outcomes.length; k++) {
				if (k != none && supported.contains(outcomes[k])
						&& (top < 0 || scores[k] > scores[top])) {
					top = k;
				}
			}
			if (top < 0) {
				continue;
			}
			float lead = scores[top] - (none < 0 ? 0f : scores[none]);
			String key = c.from() + "\t" + c.to();
			Best was = best.get(key);
			if (was == null || lead > was.lead()) {
				best.put(key, new Best(lead, outcomes[top], c));
			}
		}
		List<ExtractedRelationship> out = new ArrayList<>();
		for (Best b : best.values()) {
			if (b.lead() > margin) {
				Candidate c = b.candidate();
				TextSpan ev = body == null ? new TextSpan(c.begin(), c.end(), "") : TextSpan.of(body, c.begin(), c.end());
				out.add(new ExtractedRelationship(c.from(), c.to(), b.root(), ev, CONFIDENCE));
			}
		}
		return out;
	}

	/** A pair's best candidate so far: its root's lead over "none", the root, the candidate. */
	private record Best(float lead, String root, Candidate candidate) {
	}

	/**
	 * The roots a candidate's own words or neighbours give it: the dictionaries' roots of the words on its path
	 * and of their common head, and the roots of the rule relations of its sentence that share one of its ends.
	 */
	static Set<String> supported(List<String> features) {
		Set<String> out = new java.util.HashSet<>();
		for (String f : features) {
			if (f.startsWith("pd=") || f.startsWith("lcad=") || f.startsWith("sf=") || f.startsWith("st=")) {
				out.add(f.substring(f.indexOf('=') + 1));
			}
		}
		return out;
	}

	/** The model's scores per outcome ({@link LinearModel#outcomes()}). */
	public static float[] scores(LinearModel model, List<String> features) {
		long[] keys = new long[features.size()];
		for (int k = 0; k < keys.length; k++) {
			keys[k] = Hash.of(features.get(k));
		}
		float[] scores = new float[model.outcomes().length];
		model.score(keys, keys.length, scores, new long[keys.length]);
		return scores;
	}

	/**
	 * The candidates of one document: every ordered pair of two different actors named in one parsed sentence
	 * (their first mentions there) whose pair carries no relation of the rule readers, with its features.
	 */
	public static List<Candidate> candidates(List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel) {
		Map<String, String> related = new HashMap<>();
		for (ExtractedRelationship r : rel) {
			related.merge(r.from() + "\t" + r.to(), r.root(), (x, y) -> x + "," + y);
		}
		List<Candidate> out = new ArrayList<>();
		for (ParsedSentence s : sentences) {
			if (s.size() == 0) {
				continue;
			}
			int sb = s.start(0);
			int se = s.end(s.size() - 1);
			List<Integer> heads = new ArrayList<>();
			List<DocActor> who = namedIn(s, actors, heads);
			int named = who.size();
			adjectiveEnds(s, actors, who, heads);
			if (who.size() < 2 || who.size() > MAX_ACTORS) {
				continue;
			}
			String claim = speakerOver(claims, sb, se);
			for (int i = 0; i < who.size(); i++) {
				for (int j = 0; j < who.size(); j++) {
					DocActor f = who.get(i);
					DocActor t = who.get(j);
					if (i == j || related.containsKey(f.name() + "\t" + t.name()) || ParsedRelationReader.partOf(f, t)
							|| ParsedRelationReader.partOf(t, f)) { // an organ and its own state are one side
						continue;
					}
					if (unasserted(s, heads.get(i), heads.get(j), heads)) {
						continue;
					}
					List<String> feats = new ArrayList<>();
					pairFeatures(s, heads.get(i), heads.get(j), f, t, named, claim,
							related.get(t.name() + "\t" + f.name()), feats);
					if (i >= named || j >= named) { // an end named only by its country's adjective
						feats.add(i >= named ? "adj=from" : "adj=to");
						int adj = heads.get(i >= named ? i : j);
						int noun = s.head(adj) < 0 ? adj : s.head(adj);
						feats.add("adj|head=" + s.lemma(noun).toLowerCase(Locale.ROOT));
					}
					for (ExtractedRelationship r : rel) { // the rule readers' relations in this sentence sharing an end
						if (r.evidence() == null || r.evidence().begin() < sb || r.evidence().begin() >= se) {
							continue;
						}
						if (r.from().equals(f.name())) {
							feats.add("sf=" + r.root());
							feats.add("sf|tdep=" + r.root() + "|" + s.deprel(heads.get(j)));
						}
						if (r.to().equals(t.name())) {
							feats.add("st=" + r.root());
							feats.add("st|fdep=" + r.root() + "|" + s.deprel(heads.get(i)));
						}
						if (r.from().equals(t.name()) || r.to().equals(f.name())) {
							feats.add("sx=" + r.root());
						}
					}
					feats.replaceAll(x -> x.replace(' ', '_').replace('\t', '_'));
					out.add(new Candidate(f.name(), t.name(), sb, se, feats));
				}
			}
		}
		return out;
	}

	/**
	 * The distinct actors a parsed sentence names (each by the mention its name resolves to), in mention order; the
	 * head token of each one's first mention is added to {@code heads}.
	 */
	static List<DocActor> namedIn(ParsedSentence s, DocActors actors, List<Integer> heads) {
		List<DocActor> who = new ArrayList<>();
		for (ActorMention m : actors.within(s.start(0), s.end(s.size() - 1))) {
			DocActor a = m.actor();
			if (who.contains(a) || actors.byName(a.name()) != a) {
				continue;
			}
			int h = s.headOf(m.begin(), m.end());
			if (h >= 0) {
				who.add(a);
				heads.add(h);
			}
		}
		return who;
	}

	/** The speaker of the first claim whose evidence overlaps {@code [begin, end)}, or null. */
	static String speakerOver(List<ExtractedClaim> claims, int begin, int end) {
		for (ExtractedClaim c : claims) {
			if (c.evidence() != null && c.evidence().begin() < end && begin < c.evidence().end()) {
				return c.speaker();
			}
		}
		return null;
	}

	/**
	 * Adds to the actors named in a sentence (switch {@code relations.learned-adjective-ends}) the emitted country
	 * actors the sentence names only by an adjective of their country ("Iranian and American delegations", "an
	 * Israeli airstrike on ..."): the first adjective token of an emitted actor named as that country (countries.tsv's
	 * adjectives and names), with that token as its head.
	 */
	static void adjectiveEnds(ParsedSentence s, DocActors actors, List<DocActor> who, List<Integer> heads) {
		if (!Mechanisms.on(ADJECTIVES)) {
			return;
		}
		for (int x = 0; x < s.size() && who.size() <= MAX_ACTORS; x++) {
			if (!s.pos(x).equals("ADJ") && !s.pos(x).equals("PROPN")) {
				continue;
			}
			String d = s.deprel(x);
			if (!d.equals("amod") && !d.startsWith("compound") && !d.equals("conj")) {
				continue;
			}
			Country c = ExtractionData.get().countries().byAdjective(s.word(x));
			if (c == null) {
				continue;
			}
			DocActor a = actors.byName(c.name());
			if (a != null && !who.contains(a)) {
				who.add(a);
				heads.add(x);
			}
		}
	}

	/**
	 * Whether the rules' reading of unasserted and reported events leaves the pair out: a negation, a modal or
	 * future auxiliary or an "if" on its path's top word or on a word of the path; another actor's mention on the
	 * path (the act is that actor's: "troops, backed by US warplanes, recaptured the town from X"); or a path whose
	 * top word is a verb of saying or accusing (dictionary roots 10–12) that the source does not govern as its
	 * subject ("A accused B of arming C": no B–C event).
	 */
	static boolean unasserted(ParsedSentence s, int a, int b, List<Integer> actorHeads) {
		List<Integer> path = path(s, a, b);
		if (path == null) {
			return false;
		}
		int lca = path.get(path.size() - 1);
		for (int x : path) {
			if (x != a && x != b && x != lca && actorHeads.contains(x)) {
				return true;
			}
			if (x == a || x == b) {
				continue;
			}
			for (int c : s.children(x)) {
				String d = s.deprel(c);
				String lemma = s.lemma(c).toLowerCase(Locale.ROOT);
				if ((d.equals("advmod") || d.equals("neg")) && EventWords.get().in("negation", lemma)
						|| d.startsWith("aux") && MODALS.contains(lemma) || d.equals("mark") && lemma.equals("if")) {
					return true;
				}
			}
		}
		if (s.pos(lca).equals("VERB") && lca != a && lca != b) {
			java.util.SortedSet<String> roots = dictionaryRoots(s.lemma(lca).toLowerCase(Locale.ROOT), "VERB");
			if (roots.contains("10") || roots.contains("11") || roots.contains("12")) {
				List<Integer> up = chain(s, a);
				int top = up.get(up.indexOf(lca) - 1);
				return !s.deprel(top).startsWith("nsubj");
			}
		}
		return false;
	}

	static void pairFeatures(ParsedSentence s, int a, int b, DocActor from, DocActor to, int actorsHere,
			String claimSpeaker, String reverse, List<String> f) {
		f.add("bias");
		String fk = String.valueOf(from.kind());
		String tk = String.valueOf(to.kind());
		f.add("fk|tk=" + fk + "|" + tk);
		f.add("n=" + Math.min(actorsHere, 5));
		f.add(reverse == null ? "rev=no" : "rev=" + reverse);
		if (claimSpeaker != null) {
			f.add(claimSpeaker.equals(from.name()) ? "claim=bySource" : claimSpeaker.equals(to.name())
					? "claim=byTarget" : "claim=other");
		}
		f.add(a < b ? "order=ft" : "order=tf");
		int gap = Math.abs(a - b);
		f.add("dist=" + (gap < 3 ? "0" : gap < 6 ? "1" : gap < 12 ? "2" : "3"));
		for (int x = Math.min(a, b) + 1; x < Math.max(a, b); x++) {
			if (s.pos(x).equals("VERB")) {
				f.add("btw=" + s.lemma(x).toLowerCase(Locale.ROOT));
			}
		}
		String fd = s.deprel(a);
		String td = s.deprel(b);
		f.add("fdep=" + fd);
		f.add("tdep=" + td);
		f.add("fdep|tdep=" + fd + "|" + td);
		List<Integer> up = chain(s, a);
		List<Integer> down = chain(s, b);
		int lca = lowestCommon(up, down);
		if (lca < 0) {
			f.add("noPath");
			return;
		}
		StringBuilder shape = new StringBuilder();
		int steps = 0;
		for (int x : up) {
			if (x == lca) {
				break;
			}
			shape.append('^').append(s.deprel(x));
			steps++;
			if (x != a) {
				pathWord(s, x, f);
			}
		}
		List<Integer> tail = new ArrayList<>();
		for (int x : down) {
			if (x == lca) {
				break;
			}
			tail.add(0, x);
		}
		for (int x : tail) {
			shape.append('v').append(s.deprel(x));
			steps++;
			if (x != b) {
				pathWord(s, x, f);
			}
		}
		String lcaLemma = s.lemma(lca).toLowerCase(Locale.ROOT);
		f.add("lca=" + lcaLemma);
		f.add("lca|shape=" + lcaLemma + "|" + (steps <= 4 ? shape.toString() : "long"));
		f.add("lcapos=" + s.pos(lca));
		for (String r : dictionaryRoots(lcaLemma, s.pos(lca))) {
			f.add("lcad=" + r);
			f.add("lcad|fdep|tdep=" + r + "|" + fd + "|" + td);
		}
		f.add("lca|fdep|tdep=" + lcaLemma + "|" + fd + "|" + td);
		f.add("lca|order=" + lcaLemma + "|" + (a < b ? "ft" : "tf"));
		for (int x : s.children(lca)) {
			String d = s.deprel(x);
			String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
			if (d.equals("advmod") && EventWords.get().in("negation", lemma) || d.equals("neg")) {
				f.add("lcaNeg");
			} else if (d.equals("compound:prt") || d.equals("xcomp") || d.equals("obj")) {
				f.add("lca+" + d + "=" + lcaLemma + "_" + lemma);
			}
		}
		f.add(steps <= 5 ? "shape=" + shape : "shape=long");
	}

	private static void pathWord(ParsedSentence s, int x, List<String> f) {
		String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
		f.add("p=" + lemma);
		for (String r : dictionaryRoots(lemma, s.pos(x))) {
			f.add("pd=" + r);
		}
	}

	/**
	 * The CAMEO roots the dictionaries give a lemma: the PETRARCH verb dictionary's codes of its verbs (verbs
	 * only) and the trigger list's one-word patterns; sorted, without duplicates.
	 */
	static java.util.SortedSet<String> dictionaryRoots(String lemma, String pos) {
		java.util.SortedSet<String> out = new java.util.TreeSet<>();
		if (pos.equals("VERB")) {
			for (PetrarchVerb v : PetrarchDictionaries.verbs().verbs(lemma)) {
				if (v.code() != null && v.code().length() >= 2 && Character.isDigit(v.code().charAt(0))
						&& Character.isDigit(v.code().charAt(1))) {
					out.add(v.code().substring(0, 2));
				}
			}
		}
		if (pos.equals("VERB") || pos.equals("NOUN")) {
			for (CameoPattern p : ExtractionData.get().cameo().startingWith(lemma)) {
				if (p.lemmas().size() == 1 && p.code().length() >= 2) {
					out.add(p.code().substring(0, 2));
				}
			}
		}
		return out;
	}

	/**
	 * The dependency path between tokens {@code a} and {@code b}: {@code a} and its heads up to their lowest common
	 * head, then {@code b} and its heads below that head; the common head is last. Null when they share no head.
	 */
	static List<Integer> path(ParsedSentence s, int a, int b) {
		List<Integer> up = chain(s, a);
		List<Integer> down = chain(s, b);
		int lca = lowestCommon(up, down);
		if (lca < 0) {
			return null;
		}
		List<Integer> path = new ArrayList<>(up.subList(0, up.indexOf(lca)));
		path.addAll(down.subList(0, down.indexOf(lca)));
		path.add(lca);
		return path;
	}

	/** The first token of {@code up} (a head chain from one mention) that {@code down} also holds, or -1. */
	private static int lowestCommon(List<Integer> up, List<Integer> down) {
		for (int x : up) {
			if (down.contains(x)) {
				return x;
			}
		}
		return -1;
	}

	/** The token and its heads up to the root. */
	private static List<Integer> chain(ParsedSentence s, int t) {
		List<Integer> out = new ArrayList<>();
		for (int x = t, guard = 0; x >= 0 && guard <= s.size(); x = s.head(x), guard++) {
			out.add(x);
		}
		return out;
	}

	/**
	 * Reads a model in the text format of {@code RelationRootTrainer} ({@code #} header lines, then feature, tab,
	 * outcome=weight pairs) from the bundle's class path, or from the folder {@code -Dsourcebench.models} names when it
	 * holds the file ({@link ModelFiles#read}).
	 */
	public static LinearModel read(String entry) {
		return ModelFiles.read(entry, null);
	}

	/**
	 * Reads a model file in the text format of {@link #parse} (a fold model of the training scripts, a model a
	 * {@code -D...model=FILE} property names, or one of {@code -Dsourcebench.models}).
	 */
	public static LinearModel read(java.nio.file.Path file) {
		try (BufferedReader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(in);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read model " + file, e);
		}
	}

	/** Parses a model in the text format {@code RelationRootTrainer} writes. */
	public static LinearModel parse(BufferedReader in) throws IOException {
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		List<Context> params = new ArrayList<>();
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] p = line.split("\t");
			int[] outs = new int[p.length - 1];
			double[] vals = new double[p.length - 1];
			for (int k = 1; k < p.length; k++) {
				int eq = p[k].lastIndexOf('=');
				String o = p[k].substring(0, eq);
				Integer id = outcomes.get(o);
				if (id == null) {
					id = outcomes.size();
					outcomes.put(o, id);
				}
				outs[k - 1] = id;
				vals[k - 1] = Double.parseDouble(p[k].substring(eq + 1));
			}
			names.add(LinearModel.name(Hash.of(p[0])));
			params.add(new Context(outs, vals));
		}
		return LinearModel.of(new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]),
				outcomes.keySet().toArray(new String[0])));
	}
}
