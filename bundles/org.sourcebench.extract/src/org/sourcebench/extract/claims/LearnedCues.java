package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Claim candidates beyond the cue lists (switch {@code claims.learned-cues}): after every reader and speaker convention
 * ran (before the document-level speakers), every token of the parse that governs a complement of the kinds a claim
 * takes proposes that complement, whatever its word: a noun with a that-clause ("the ministry's warning that ...",
 * "expressed hope that ...") or an of/over/about/on/against/for complement ("accusations of ...", "concern over
 * ..."), an adjective with a clausal complement ("is confident that ..."), a verb with a to-infinitive ("vowed to
 * ..."), another open complement ("described it as ..."), a clausal complement ("reiterated that ..."), an object
 * ("denied any involvement") or an of/for/as/with/over/about/against oblique ("blamed Kyiv for ..."), and each
 * quotation of four words or more (no speaker token: a kept one goes to the document-level speakers); each whose text
 * no claim and no orphan cue of the document-level speakers overlaps. The claim text is the complement (without
 * "that", "to", "as", its preposition and surrounding punctuation), never the cue. An averaged perceptron trained on
 * the development gold ({@code data/claim-cues23.tsv}, {@code releng/scripts/train-claimcue23.sh}; features: the
 * cue's lemma, form and relation, its head's lemma, whether a cue list holds it, the complement's kind, head and first
 * word, the subject's kind, negation, modality, tense, quotation marks, sentence and paragraph position) keeps a
 * candidate whose "claim" score leads "none" by more than {@link #MARGIN}; the kept ones are taken best first, none
 * overlapping one taken before ({@link LearnedClaims#decide}). Only then is a kept one's speaker resolved (resolving
 * may add an unnamed source to the document): the subject, agent or possessor as the rule readers resolve it
 * ({@link ParsedSpeaker}) — the cue's own for a verb or adjective, the possessor's or that of the verb whose object or
 * oblique the noun is for a noun; when none resolves, the candidate becomes an orphan of the document-level speakers
 * ({@link DocumentSpeakers}), which may give it one. Deterministic; the model is read once per JVM. The dump
 * ({@link #dumpTo}) receives every candidate (from: its rule speaker, empty when none resolves) for the trainer.
 */
public final class LearnedCues {

	public static final String NAME = "claims.learned-cues";
	public static final String MODEL = "data/claim-cues23.tsv";
	/** How far "claim" must lead "none" (chosen by cross-validation; {@code -Dsourcebench.learnedCues.margin}). */
	public static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedCues.margin", "0"));
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.learnedCues.model";
	/** The confidence of a claim of this component (below the rule readers' 0.6). */
	static final double CONFIDENCE = 0.35;
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();

	private static final Set<String> STRIP = Set.of("that", "to", "as", ",", ".", ":", ";", "\"", "\u201c", "\u201d", "'",
			"''", "-", "\u2013", "\u2014", "(", ")");
	private static final Set<String> PREPOSITIONS = Set.of("of", "over", "about", "on", "against", "for");
	private static final Set<String> OBLIQUES = Set.of("of", "for", "as", "with", "over", "about", "against");
	private static final Set<String> MODALS = Set.of("would", "could", "may", "might", "will", "should", "can",
			"must");
	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

	private LearnedCues() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/** Sets (null: clears) the thread's dump of candidates (EngineExport {@code --claimcue23-features}). */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** A candidate: the sentence, the cue token, the token whose speaker is read, the complement's body offsets. */
	record Pending(int sentence, int cue, int speakerToken, boolean possessor, String kind, int[] span) {
	}

	/**
	 * {@code claims} with the claims of the candidates the model keeps whose speaker the rule readers resolve; a kept
	 * candidate whose speaker resolves to no actor becomes an orphan of {@code document} (the document-level speakers,
	 * null when off), which may give it a speaker. Candidates overlapping an orphan's text are left to the document
	 * level. The dump, when set, receives every candidate with its resolved speaker.
	 */
	static List<ExtractedClaim> read(String body, List<ParsedSentence> parsed, ParsedSpeaker speakers,
			List<ExtractedClaim> claims, DocumentSpeakers document) {
		LearnedRoots.Sink sink = DUMP.sink();
		if (parsed.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return claims;
		}
		List<Pending> pending = candidates(body, parsed, claims);
		if (document != null) {
			pending.removeIf(p -> document.holds(p.span()));
		}
		if (pending.isEmpty()) {
			return claims;
		}
		List<LearnedRoots.Candidate> all = new ArrayList<>();
		Map<LearnedRoots.Candidate, Pending> of = new IdentityHashMap<>();
		for (Pending p : pending) {
			LearnedRoots.Candidate c = new LearnedRoots.Candidate("", LearnedClaims.CLAIM, p.span()[0], p.span()[1],
					features(body, parsed.get(p.sentence()), p, claims));
			all.add(c);
			of.put(c, p);
			if (sink != null) { // the trainer's dump resolves every candidate's speaker (the engine: only a kept one's)
				sink.accept(new LearnedRoots.Candidate(speaker(parsed.get(p.sentence()), p, speakers), c.to(),
						c.begin(), c.end(), c.features()));
			}
		}
		if (!Mechanisms.on(NAME)) {
			return claims;
		}
		List<ExtractedClaim> out = new ArrayList<>(claims);
		int added = 0;
		for (LearnedRoots.Candidate c : LearnedClaims.decide(Holder.MODEL_INSTANCE, all, MARGIN)) {
			Pending p = of.get(c);
			ParsedSentence s = parsed.get(p.sentence());
			String name = speaker(s, p, speakers);
			if (name.isEmpty()) {
				if (document != null) { // no speaker: the document level may find one
					int at = p.speakerToken() >= 0 && !p.possessor() ? p.speakerToken() : p.cue();
					document.orphan(s.start(at), s.end(at), s.word(at), lemma(s, at), c.begin() == p.span()[0]
							? p.span() : new int[] {c.begin(), c.end()});
				}
				continue;
			}
			boolean direct = c.begin() > 0 && c.end() < body.length() && isQuote(body.charAt(c.begin() - 1))
					&& isQuote(body.charAt(c.end()));
			out.add(new ExtractedClaim(name, body.substring(c.begin(), c.end()), direct, "learned-cue",
					TextSpan.of(body, c.begin(), c.end()), CONFIDENCE));
			added++;
		}
		Mechanisms.fired(NAME, added);
		return out;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201c' || c == '\u201d';
	}

	/** The speaker's name of a candidate as the rule readers resolve it, or "". */
	private static String speaker(ParsedSentence s, Pending p, ParsedSpeaker speakers) {
		if (p.possessor()) {
			org.sourcebench.extract.actors.DocActor a = speakers.resolve(s, p.speakerToken(), p.cue());
			return a == null ? "" : a.name();
		}
		if (p.speakerToken() < 0) {
			return "";
		}
		SpeakerFinder.Found f = speakers.speakerOf(s, p.speakerToken());
		return f == null ? "" : f.actor().name();
	}

	/** Every candidate complement of the parse that no claim of {@code claims} overlaps, in text order. */
	static List<Pending> candidates(String body, List<ParsedSentence> parsed, List<ExtractedClaim> claims) {
		List<Pending> cands = new ArrayList<>();
		for (int si = 0; si < parsed.size(); si++) {
			ParsedSentence s = parsed.get(si);
			for (int x = 0; x < s.size(); x++) {
				String pos = s.pos(x);
				for (int c : s.children(x)) {
					String rel = base(s.deprel(c));
					String kind = null;
					if (pos.equals("NOUN") && (rel.equals("acl") || rel.equals("ccomp")) && c > x
							&& hasMark(s, c, "that") && !s.deprel(c).equals("acl:relcl")) {
						kind = "n-that";
					} else if (pos.equals("NOUN") && rel.equals("nmod") && c > x) {
						String prep = caseOf(s, c);
						kind = prep != null && PREPOSITIONS.contains(prep) ? "n-" + prep : null;
					} else if (pos.equals("ADJ") && (rel.equals("ccomp") || rel.equals("xcomp")) && c > x) {
						kind = "a-" + rel;
					} else if (pos.equals("VERB") && rel.equals("xcomp") && c > x) {
						kind = hasMark(s, c, "to") ? "v-to" : "v-xcomp";
					} else if (pos.equals("VERB") && rel.equals("ccomp") && c > x) {
						kind = "v-ccomp";
					} else if (pos.equals("VERB") && rel.equals("obj") && c > x && !s.pos(c).equals("PRON")) {
						kind = "v-obj";
					} else if (pos.equals("VERB") && rel.equals("obl") && c > x && !s.deprel(c).equals("obl:agent")) {
						String prep = caseOf(s, c);
						kind = prep != null && OBLIQUES.contains(prep) ? "v-" + prep : null;
					}
					if (kind == null) {
						continue;
					}
					int[] range = s.subtree(c);
					if (range[0] <= x && x <= range[1] || range[1] - range[0] < 2) {
						continue;
					}
					int[] span = span(body, s, range);
					if (span == null || LearnedClaims.overlaps(span, claims)) {
						continue;
					}
					int who = x;
					boolean possessor = false;
					if (pos.equals("NOUN")) {
						who = -1;
						for (int k : s.children(x)) {
							if (s.deprel(k).equals("nmod:poss")) {
								who = k;
								possessor = true;
							}
						}
						if (who < 0 && s.head(x) >= 0 && (s.deprel(x).equals("obj") || base(s.deprel(x)).equals("obl"))
								&& s.pos(s.head(x)).equals("VERB")) {
							who = s.head(x); // "expressed concern that ...": the subject of the verb
						}
					}
					cands.add(new Pending(si, x, who, possessor, kind, span));
				}
			}
		}
		quotations(body, parsed, claims, cands);
		return cands;
	}

	/**
	 * The quotations of four words or more that no claim overlaps (QuoteFinder's), each with its first word as the
	 * cue and no speaker token: a kept one is an orphan of the document-level speakers.
	 */
	private static void quotations(String body, List<ParsedSentence> parsed, List<ExtractedClaim> claims,
			List<Pending> cands) {
		for (Quote q : QuoteFinder.find(QuoteFinder.marks(body))) {
			int b = q.contentBegin();
			int e = q.contentEnd();
			while (b < e && !Character.isLetterOrDigit(body.charAt(b))) {
				b++;
			}
			while (e > b && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
				e--;
			}
			int[] span = {b, e};
			if (e - b < 12 || body.substring(b, e).split("\\s+").length < 4 || LearnedClaims.overlaps(span, claims)) {
				continue;
			}
			for (int si = 0; si < parsed.size(); si++) {
				ParsedSentence s = parsed.get(si);
				int t = -1;
				for (int i = 0; i < s.size() && t < 0; i++) {
					if (s.start(i) >= b && s.start(i) < e) {
						t = i;
					}
				}
				if (t >= 0) {
					cands.add(new Pending(si, t, -1, false, "quote", span));
					break;
				}
			}
		}
	}

	private static String base(String rel) {
		int colon = rel.indexOf(':');
		return colon < 0 ? rel : rel.substring(0, colon);
	}

	private static boolean hasMark(ParsedSentence s, int c, String word) {
		for (int k : s.children(c)) {
			if (s.deprel(k).equals("mark") && s.word(k).equalsIgnoreCase(word)) {
				return true;
			}
		}
		return false;
	}

	private static String caseOf(ParsedSentence s, int c) {
		for (int k : s.children(c)) {
			if (s.deprel(k).equals("case") && k < c) {
				return s.word(k).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/** The body offsets of tokens {@code range} without a leading "that"/"to" or surrounding punctuation, or null. */
	private static int[] span(String body, ParsedSentence s, int[] range) {
		int[] tokens = ParsedClaimReader.trimmed(s, range, STRIP);
		if (tokens == null) {
			return null;
		}
		int b = tokens[0];
		if (s.pos(b).equals("ADP") && s.head(b) > b && (PREPOSITIONS.contains(s.word(b).toLowerCase(Locale.ROOT))
				|| OBLIQUES.contains(s.word(b).toLowerCase(Locale.ROOT)))) {
			b++; // "concern over the strikes": the complement without its preposition
		}
		if (b > tokens[1]) {
			return null;
		}
		int begin = s.start(b);
		int end = s.end(tokens[1]);
		return end <= begin || end > body.length() ? null : new int[] {begin, end};
	}

	private static List<String> features(String body, ParsedSentence s, Pending p, List<ExtractedClaim> claims) {
		ClaimWords words = ClaimWords.get();
		int x = p.cue();
		String lemma = lemma(s, x);
		String form = s.word(x).toLowerCase(Locale.ROOT);
		String kind = p.kind();
		List<String> f = new ArrayList<>();
		f.add("bias");
		f.add("k=" + kind);
		f.add("l=" + lemma);
		f.add("lk=" + lemma + "|" + kind);
		f.add("w=" + form);
		f.add("listed=" + (words.verbs.contains(lemma) || words.nouns.contains(lemma)
				|| words.claimNouns.contains(lemma)) + "|" + kind);
		f.add("cue=" + words.cues.contains(form));
		f.add("xd=" + s.deprel(x));
		f.add("xdk=" + s.deprel(x) + "|" + kind);
		if (s.head(x) >= 0) {
			f.add("hl=" + lemma(s, s.head(x)));
			f.add("hlk=" + lemma(s, s.head(x)) + "|" + kind);
		}
		f.add("poss=" + p.possessor());
		if (p.speakerToken() >= 0 && !p.possessor()) {
			int subj = -1;
			for (int c : s.children(p.speakerToken())) {
				if (s.deprel(c).startsWith("nsubj")) {
					subj = c;
				}
			}
			String sk = subj < 0 ? "none" : s.pos(subj).equals("PRON") ? "pron=" + s.word(subj).toLowerCase(Locale.ROOT)
					: s.pos(subj);
			f.add("subj=" + sk);
			f.add("subjk=" + sk + "|" + kind);
		}
		int n = s.headOf(p.span()[0], p.span()[1]);
		if (n >= 0) {
			f.add("cpos=" + s.pos(n));
			f.add("chl=" + lemma(s, n));
			boolean subj = false;
			for (int c : s.children(n)) {
				subj |= s.deprel(c).startsWith("nsubj");
			}
			f.add("csubj=" + subj + "|" + kind);
		}
		int first = -1;
		for (int i = 0; i < s.size() && first < 0; i++) {
			if (s.start(i) >= p.span()[0]) {
				first = i;
			}
		}
		if (first >= 0) {
			f.add("first=" + s.word(first).toLowerCase(Locale.ROOT));
		}
		int len = p.span()[1] - p.span()[0];
		String lb = len < 20 ? "1" : len < 50 ? "2" : len < 100 ? "3" : len < 200 ? "4" : "5";
		f.add("len=" + lb);
		f.add("klen=" + kind + "|" + lb);
		int verb = s.pos(x).equals("NOUN") && s.head(x) >= 0 ? s.head(x) : x;
		for (int c : s.children(verb)) {
			String w = s.word(c).toLowerCase(Locale.ROOT);
			String rel = s.deprel(c);
			if (rel.equals("advmod") && NEGATIONS.contains(w) || rel.equals("det") && w.equals("no")) {
				f.add("neg");
			} else if (rel.startsWith("aux") && MODALS.contains(w)) {
				f.add("modal=" + w);
			} else if (rel.equals("aux:pass")) {
				f.add("passive");
			} else if (rel.startsWith("aux") && (w.equals("has") || w.equals("have") || w.equals("had"))) {
				f.add("perfect");
			}
		}
		String vw = s.word(verb).toLowerCase(Locale.ROOT);
		f.add("tense=" + (vw.endsWith("ed") ? "ed" : vw.endsWith("ing") ? "ing" : vw.endsWith("s") ? "s" : "other"));
		f.add("unasserted=" + (s.pos(x).equals("VERB") && UnassertedCue.unasserted(s, x, false)));
		f.add("sent=" + (p.sentence() == 0 ? "0" : p.sentence() < 4 ? "1" : "2"));
		boolean quoted = p.span()[0] > 0 && "\"\u201c".indexOf(body.charAt(p.span()[0] - 1)) >= 0;
		f.add("quoted=" + quoted);
		boolean quoteInside = false;
		for (int i = p.span()[0]; i < p.span()[1]; i++) {
			quoteInside |= "\"\u201c\u201d".indexOf(body.charAt(i)) >= 0;
		}
		f.add("qin=" + quoteInside);
		int start = s.start(0);
		boolean paragraph = start == 0 || body.lastIndexOf('\n', start) >= Math.max(0, start - 2);
		f.add("para=" + paragraph);
		int gap = Integer.MAX_VALUE;
		for (ExtractedClaim c : claims) {
			TextSpan ev = c.evidence();
			if (ev != null && ev.end() <= p.span()[0]) {
				gap = Math.min(gap, p.span()[0] - ev.end());
			}
		}
		String gb = gap < 40 ? "1" : gap < 200 ? "2" : gap < 600 ? "3" : "4";
		f.add("gap=" + gb);
		f.add("gapk=" + gb + "|" + kind);
		boolean sentence = p.span()[0] - s.start(0) < 3 && s.end(s.size() - 1) - p.span()[1] < 3;
		f.add("whole=" + sentence + "|" + kind);
		f.replaceAll(v -> v.replace(' ', '_').replace('\t', '_'));
		return f;
	}

	private static String lemma(ParsedSentence s, int i) {
		String l = s.lemma(i);
		return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
	}
}
