package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The learned claim detector (switch {@code claims.learned-detect}): after every rule reader ran, each claim verb of
 * the parse (cues.tsv, claim-words.tsv verbs) and each other verb with a clausal complement proposes the
 * complements the parser gives it (a ccomp, parataxis, xcomp or object on either side, or the clause it is hung on
 * as parataxis: "..., the ministry said") that overlap no claim yet; the speaker of a kept one is the verb's subject
 * as the rule readers resolve it ({@link ParsedSpeaker}), no speaker, no claim. An averaged perceptron trained on the development gold ({@code data/claim-detector.tsv},
 * {@code releng/scripts/train-claim-detector.sh}) keeps a candidate whose "claim" score leads "none" by more than
 * {@link #MARGIN}; the kept candidates are taken best first, none overlapping one taken before. Deterministic;
 * the model is read once per JVM.
 */
public final class LearnedClaims {

	public static final String NAME = "claims.learned-detect";
	public static final String MODEL = "data/claim-detector.tsv";
	public static final String CLAIM = "claim";
	public static final String NONE = "none";
	/**
	 * How far the "claim" score must lead "none" (chosen by cross-validation, train-claim-detector.sh --cv;
	 * {@code -Dsourcebench.learnedClaims.margin} for retrain-learned.sh's stacked check).
	 */
	public static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedClaims.margin", "3"));
	/** The confidence of a learned claim (below the rule readers' 0.6). */
	static final double CONFIDENCE = 0.4;

	private static final Set<String> STRIP = Set.of("that", ",", ".", ":", ";", "\"", "\u201c", "\u201d", "'", "''",
			"-", "\u2013", "\u2014");
	private static final Set<String> RELATIONS = Set.of("ccomp", "parataxis", "xcomp", "obj");
	private static final Set<String> MODALS = Set.of("would", "could", "may", "might", "will", "should", "can",
			"must");

	private LearnedClaims() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, null);
	}


	/**
	 * Adds the model's claims to {@code out} (the rule readers' claims); {@code sink}, when not null, receives every
	 * candidate first (from: the speaker, empty when none resolves, to: {@link #CLAIM}, the complement's body
	 * offsets, its features). The model decides on the candidates before any speaker is resolved (resolving may add
	 * an actor to the document); a kept candidate whose verb's subject resolves to no actor adds no claim.
	 */
	static void read(String body, List<ParsedSentence> parsed, ParsedSpeaker speakers, List<ExtractedClaim> out,
			LearnedRoots.Sink sink) {
		if (parsed.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return;
		}
		List<Pending> pending = candidates(body, parsed, out);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		java.util.function.Function<Pending, String> speaker = p -> names.computeIfAbsent(
				(long) p.sentence() << 20 | p.verb(), k -> {
					SpeakerFinder.Found f = speakers.speakerOf(parsed.get(p.sentence()), p.verb());
					return f == null ? "" : f.actor().name();
				});
		if (sink != null) { // the trainer's dump resolves every candidate's speaker (the engine: only a kept one's)
			for (Pending p : pending) {
				LearnedRoots.Candidate c = p.candidate();
				sink.accept(new LearnedRoots.Candidate(speaker.apply(p), CLAIM, c.begin(), c.end(), c.features()));
			}
		}
		if (!Mechanisms.on(NAME) || pending.isEmpty()) {
			return;
		}
		List<LearnedRoots.Candidate> all = new ArrayList<>();
		java.util.Map<LearnedRoots.Candidate, Pending> of = new java.util.IdentityHashMap<>();
		for (Pending p : pending) {
			all.add(p.candidate());
			of.put(p.candidate(), p);
		}
		int added = 0;
		for (LearnedRoots.Candidate c : decide(Holder.MODEL_INSTANCE, all, MARGIN)) {
			String name = speaker.apply(of.get(c));
			if (name.isEmpty()) {
				continue; // no speaker: no claim
			}
			boolean direct = c.begin() > 0 && c.end() < body.length() && isQuote(body.charAt(c.begin() - 1))
					&& isQuote(body.charAt(c.end()));
			out.add(new ExtractedClaim(name, body.substring(c.begin(), c.end()), direct, "learned",
					TextSpan.of(body, c.begin(), c.end()), CONFIDENCE));
			added++;
		}
		Mechanisms.fired(NAME, added);
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201c' || c == '\u201d';
	}

	/**
	 * The candidates the model keeps: "claim" leads "none" by more than {@code margin}; best lead first (ties: text
	 * order), none overlapping one kept before; returned in text order.
	 */
	public static List<LearnedRoots.Candidate> decide(LinearModel model, List<LearnedRoots.Candidate> candidates,
			float margin) {
		List<String> outcomes = List.of(model.outcomes());
		int yes = outcomes.indexOf(CLAIM);
		int no = outcomes.indexOf(NONE);
		List<float[]> scored = new ArrayList<>(); // lead, index
		for (int i = 0; i < candidates.size(); i++) {
			float[] s = LearnedRoots.scores(model, candidates.get(i).features());
			float lead = (yes < 0 ? 0 : s[yes]) - (no < 0 ? 0 : s[no]);
			if (lead > margin) {
				scored.add(new float[] {lead, i});
			}
		}
		scored.sort(Comparator.<float[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]));
		List<LearnedRoots.Candidate> kept = new ArrayList<>();
		for (float[] x : scored) {
			LearnedRoots.Candidate c = candidates.get((int) x[1]);
			if (kept.stream().noneMatch(k -> k.begin() < c.end() && c.begin() < k.end())) {
				kept.add(c);
			}
		}
		kept.sort(Comparator.comparingInt(LearnedRoots.Candidate::begin).thenComparingInt(LearnedRoots.Candidate::end));
		return kept;
	}

	/** A candidate (its speaker not yet resolved) and the sentence and token of its verb. */
	record Pending(int sentence, int verb, LearnedRoots.Candidate candidate) {
	}

	static List<Pending> candidates(String body, List<ParsedSentence> parsed, List<ExtractedClaim> out) {
		ClaimWords words = ClaimWords.get();
		List<Pending> cands = new ArrayList<>();
		for (int si = 0; si < parsed.size(); si++) {
			ParsedSentence s = parsed.get(si);
			for (int v = 0; v < s.size(); v++) {
				String lemma = lemma(s, v);
				boolean listed = words.verbs.contains(lemma);
				if (!s.pos(v).equals("VERB") || !listed && s.children(v, "ccomp").isEmpty()) {
					continue; // a claim verb of the data files, or any verb with a clausal complement
				}
				List<int[]> ranges = new ArrayList<>(); // first, last token, relation id
				List<String> kinds = new ArrayList<>();
				for (int c : s.children(v)) {
					String rel = s.deprel(c);
					int colon = rel.indexOf(':');
					String base = colon < 0 ? rel : rel.substring(0, colon);
					if (RELATIONS.contains(base)) {
						ranges.add(s.subtree(c));
						kinds.add(base + (c < v ? "<" : ">"));
					}
				}
				if (s.deprel(v).startsWith("parataxis") && s.head(v) >= 0) {
					int[] host = s.subtree(s.head(v));
					int[] own = s.subtree(v);
					if (own[0] > host[0]) {
						ranges.add(new int[] {host[0], own[0] - 1}); // "..., the ministry said"
						kinds.add("host<");
					}
				}
				if (ranges.isEmpty()) {
					continue;
				}
				for (int r = 0; r < ranges.size(); r++) {
					int[] span = span(body, s, ranges.get(r), v);
					if (span != null && !overlaps(span, out)) {
						cands.add(new Pending(si, v, new LearnedRoots.Candidate("", CLAIM, span[0], span[1],
								features(body, s, si, v, lemma, ranges.get(r), kinds.get(r), span, words))));
					}
				}
			}
		}
		return cands;
	}

	private static List<String> features(String body, ParsedSentence s, int si, int v, String lemma, int[] range,
			String kind, int[] span, ClaimWords words) {
		List<String> f = new ArrayList<>();
		String form = s.word(v).toLowerCase(Locale.ROOT);
		boolean cue = words.cues.contains(form);
		f.add("bias");
		f.add("l=" + lemma);
		f.add("w=" + form);
		f.add("k=" + kind);
		f.add("lk=" + lemma + "|" + kind);
		f.add("cue=" + cue);
		f.add("listed=" + words.verbs.contains(lemma));
		f.add("vd=" + s.deprel(v));
		f.add("vdk=" + s.deprel(v) + "|" + kind);
		if (s.head(v) >= 0) {
			f.add("hl=" + lemma(s, s.head(v)));
		}
		int n = range[1] - range[0] + 1;
		String len = n <= 3 ? "1" : n <= 7 ? "2" : n <= 15 ? "3" : n <= 30 ? "4" : "5";
		f.add("len=" + len);
		f.add("klen=" + kind + "|" + len);
		f.add("first=" + s.word(range[0]).toLowerCase(Locale.ROOT));
		f.add("fpos=" + s.pos(range[0]));
		int head = s.headOf(s.start(range[0]), s.end(range[1]));
		if (head >= 0) {
			f.add("cpos=" + s.pos(head));
			f.add("chl=" + lemma(s, head));
			boolean subj = !s.children(head, "nsubj").isEmpty();
			f.add("csubj=" + subj);
		}
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			String w = s.word(c).toLowerCase(Locale.ROOT);
			if (rel.equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
				f.add("neg");
			} else if (rel.startsWith("aux") && MODALS.contains(w)) {
				f.add("modal=" + w);
			} else if (rel.equals("aux:pass")) {
				f.add("passive");
			} else if (rel.equals("mark")) {
				f.add("vmark=" + w);
			}
		}
		f.add("unasserted=" + UnassertedCue.unasserted(s, v, false));
		int subject = subjectGuess(s, v);
		f.add("spos=" + (subject == v ? "none" : s.pos(subject)));
		if (subject != v && s.pos(subject).equals("PRON")) {
			f.add("spron=" + s.word(subject).toLowerCase(Locale.ROOT));
		}
		f.add("sent=" + (si == 0 ? "0" : si < 4 ? "1" : "2"));
		boolean quoted = span[0] > 0 && "\"\u201c".indexOf(body.charAt(span[0] - 1)) >= 0;
		f.add("quoted=" + quoted);
		boolean quoteInside = false;
		for (int i = span[0]; i < span[1]; i++) {
			quoteInside |= "\"\u201c\u201d".indexOf(body.charAt(i)) >= 0;
		}
		f.add("qin=" + quoteInside);
		f.add("that=" + (range[0] > 0 && s.word(range[0]).equalsIgnoreCase("that")));
		f.add("vpos=" + (v == 0 ? "0" : v < range[0] ? "before" : "after"));
		f.replaceAll(x -> x.replace(' ', '_').replace('\t', '_'));
		return f;
	}

	private static int subjectGuess(ParsedSentence s, int v) {
		for (int c : s.children(v, "nsubj")) {
			return c;
		}
		return v;
	}

	/** Whether a claim of {@code out} has evidence overlapping {@code span} (begin, end). */
	static boolean overlaps(int[] span, List<ExtractedClaim> out) {
		for (ExtractedClaim c : out) {
			TextSpan ev = c.evidence();
			if (ev != null && ev.begin() < span[1] && span[0] < ev.end()) {
				return true;
			}
		}
		return false;
	}

	/** The body offsets of tokens {@code range} without a leading "that" or surrounding punctuation, or null. */
	private static int[] span(String body, ParsedSentence s, int[] range, int v) {
		if (range[0] <= v && v <= range[1]) {
			return null; // a subtree holding the verb itself
		}
		int[] tokens = ParsedClaimReader.trimmed(s, range, STRIP);
		if (tokens == null) {
			return null;
		}
		int begin = s.start(tokens[0]);
		int end = s.end(tokens[1]);
		return end <= begin || end > body.length() ? null : new int[] {begin, end};
	}

	private static String lemma(ParsedSentence s, int i) {
		String l = s.lemma(i);
		return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
	}
}
