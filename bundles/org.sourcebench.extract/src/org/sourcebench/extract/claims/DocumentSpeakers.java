package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Sentence;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Document-level speakers of the cues the rules leave without one (switch {@code claims.document-speakers}): a cue
 * the rule reader reads ("the ministry said", "according to officials", "he added") whose subject resolves to no
 * actor, so that no claim was made, becomes an orphan with the text the rules would have attributed. After every
 * reader and speaker convention ran, each orphan whose text no claim overlaps ranks the document's actors (every
 * actor with a mention) as its speaker: a learned linear model ({@code data/claim-speakers22.tsv}, trained on the
 * development gold by {@code releng/scripts/train-speakers22.sh}) scores "speaker" against "none" for each candidate
 * from the parse and the document (the subject's head noun and words against the actor's names and mentions, the
 * pronoun and its agreement, the distance to the actor's last mention before the cue and its first after it, how
 * recently it spoke at a cue and whether it spoke the previous claim, how often it is named, its kind). The best
 * candidate speaks the orphan's claim when its lead is above {@link #MARGIN}; else no claim. Deterministic; the
 * model is read once per JVM. The dump ({@link #dumpTo}) receives every candidate of every orphan (from: the actor,
 * to: the orphan's cue offset, begin/end: its text) for the trainer.
 */
public final class DocumentSpeakers {

	public static final String NAME = "claims.document-speakers";
	public static final String MODEL = "data/claim-speakers22.tsv";
	public static final String YES = "speaker";
	public static final String NO = "none";
	/** How far the best candidate's "speaker" score must lead "none" ({@code -Dsourcebench.documentSpeakers.margin}). */
	public static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.documentSpeakers.margin", "-2"));
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.documentSpeakers.model";
	private static final double CONFIDENCE = 0.5;
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();
	private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "its", "his",
			"her", "their", "said", "says", "'s", "by", "from", "with", "at", "as", "that", "this", "also");
	private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "who", "which");
	/** What separates {@link #words(String, Set)}'s words (compiled once: the readers call it per candidate). */
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/**
	 * A cue the rules read and left without a speaker ({@code [begin, end)}, its form and lemma), with the text they
	 * would attribute, its sentence and how the cue stands: "according", "participle", "before" (the text precedes
	 * the cue), "after", or "parsed" (a claim verb of the parse, {@link ParsedClaimReader}).
	 */
	record Orphan(int begin, int end, String form, String lemma, int[] span, Sentence sentence, String type) {
	}

	private final AnalyzedText text;
	private final String t;
	private final List<Quote> quotes;
	private final DocActors actors;
	private final SpeakerFinder speakers;
	private final ParsedSpeaker parsedSpeakers;
	private final ParsedTokens tokens;
	private final List<Orphan> orphans = new ArrayList<>();

	DocumentSpeakers(AnalyzedText text, String t, List<Quote> quotes, DocActors actors, SpeakerFinder speakers,
			ParsedSpeaker parsedSpeakers, ParsedTokens tokens) {
		this.text = text;
		this.t = t;
		this.quotes = quotes;
		this.actors = actors;
		this.speakers = speakers;
		this.parsedSpeakers = parsedSpeakers;
		this.tokens = tokens;
	}

	/** Whether orphans are read at all: the switch is on or a dump is wanted. */
	static boolean active() {
		return Mechanisms.on(NAME) || DUMP.sink() != null;
	}

	/** Sets (null: clears) the thread's dump of candidates (EngineExport {@code --speaker22-features}). */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** Records an orphan cue and the text the rules would attribute to its speaker ({@code span} may be null). */
	void orphan(CueHit h, int[] span, Sentence s) {
		if (span == null || span[1] - span[0] < 8) {
			return;
		}
		String type = h.cue.isAccordingTo() ? "according" : h.participle ? "participle"
				: span[1] <= h.begin ? "before" : "after";
		orphans.add(new Orphan(h.begin, h.end, h.form, h.cue.lemma(), span, s, type));
	}

	/** Records an orphan claim verb of the parse ({@link ParsedClaimReader}): its offsets, form, lemma and text. */
	void orphan(int begin, int end, String form, String lemma, int[] span) {
		if (span != null && span[1] - span[0] >= 8 && orphans.stream().noneMatch(o -> o.begin() == begin)) {
			orphans.add(new Orphan(begin, end, form, lemma, span, text.sentenceOf(begin),
					lemma.equals("according to") ? "according" : "parsed"));
		}
	}

	/** Whether the text of an orphan overlaps {@code span} (begin, end): the claim candidates beyond the cue lists leave it. */
	boolean holds(int[] span) {
		return orphans.stream().anyMatch(o -> o.span()[0] < span[1] && span[0] < o.span()[1]);
	}

	/** {@code claims} with the claims of the orphans the model gives a speaker; the dump receives every candidate. */
	List<ExtractedClaim> resolve(List<ExtractedClaim> claims) {
		LearnedRoots.Sink sink = DUMP.sink();
		if (orphans.isEmpty() || actors.mentions().isEmpty()) {
			return claims;
		}
		List<ExtractedClaim> out = new ArrayList<>(claims);
		Map<DocActor, List<ActorMention>> byActor = new java.util.LinkedHashMap<>();
		for (ActorMention m : actors.mentions()) {
			byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
		}
		int most = byActor.values().stream().mapToInt(List::size).max().orElse(0);
		int added = 0;
		for (Orphan o : orphans) {
			if (LearnedClaims.overlaps(o.span(), out)) {
				continue;
			}
			Phrase p = phrase(o);
			Pointers ptr = pointers(o);
			List<DocActor> cands = new ArrayList<>();
			List<List<String>> feats = new ArrayList<>();
			List<DocActor> recent = recentActors(o.begin(), byActor);
			for (Map.Entry<DocActor, List<ActorMention>> e : byActor.entrySet()) {
				List<String> f = features(o, p, ptr, e.getKey(), e.getValue(), out, recent, most);
				if (f == null) {
					continue;
				}
				cands.add(e.getKey());
				feats.add(f);
				if (sink != null) {
					sink.accept(new LearnedRoots.Candidate(e.getKey().name(), Integer.toString(o.begin()),
							o.span()[0], o.span()[1], f));
				}
			}
			int[] named = phraseName(p);
			List<String> pf = named == null ? null : phraseFeatures(o, p, named);
			if (pf != null) {
				feats.add(pf);
				if (sink != null) {
					sink.accept(new LearnedRoots.Candidate(text.body().substring(named[0], named[1]),
							Integer.toString(o.begin()), o.span()[0], o.span()[1], pf));
				}
			}
			if (!Mechanisms.on(NAME) || feats.isEmpty()) {
				continue;
			}
			int best = best(Holder.MODEL_INSTANCE, feats, MARGIN);
			if (best < 0) {
				continue;
			}
			DocActor speaker = best < cands.size() ? cands.get(best) : phraseActor(p, named);
			added += emit(o, speaker, out);
		}
		Mechanisms.fired(NAME, added);
		return out;
	}

	/** Words that open a subject phrase but are no part of the speaker's name. */
	private static final Set<String> OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
			"that", "these", "those", "some", "several", "many", "other", "both", "all");
	/** Person heads: a phrase actor headed by one of these is a person. */
	private static final Set<String> PERSON_HEADS = personHeads();

	private static Set<String> personHeads() {
		Set<String> out = new HashSet<>(ClaimWords.get().list("role"));
		out.addAll(ClaimWords.get().list("title"));
		out.addAll(Set.of("official", "source", "correspondent", "negotiator", "witness", "resident", "diplomat",
				"commander", "officer", "analyst", "expert", "journalist", "reporter", "lawmaker", "member"));
		return Set.copyOf(out);
	}

	/**
	 * The text of the subject phrase as the name of a speaker no actor covers ("the Israeli military", "Gaza health
	 * authorities", "a senior Hamas official"): its offsets without opening determiners, or null when the phrase is a
	 * pronoun, overlaps an actor's mention or has no noun of its own.
	 */
	private int[] phraseName(Phrase p) {
		if (p.end() <= p.begin() || p.how().equals("none") || PRONOUNS.contains(p.head()) || p.head().length() < 3
				|| actors.overlaps(p.begin(), p.end()) || p.end() - p.begin() > 60) {
			return null;
		}
		org.sourcebench.extract.text.TextCursor c = org.sourcebench.extract.text.TextCursor.of(t);
		int b = c.skipSpaces(p.begin());
		for (int k = 0; k < 3 && b < p.end(); k++) {
			String w = c.nextWord(b);
			if (!OPENERS.contains(w.toLowerCase(Locale.ROOT))) {
				break;
			}
			b = c.skipSpaces(b + w.length());
		}
		int e = p.end();
		while (e > b && ",.;:\"' )".indexOf(t.charAt(e - 1)) >= 0) {
			e--;
		}
		if (e - b < 3 || !Character.isLetter(t.charAt(b)) || t.substring(b, e).indexOf('"') >= 0) {
			return null;
		}
		return new int[] {b, e};
	}

	/** The features of the phrase actor as a candidate: its head, words, how it stands, and the orphan's. */
	private List<String> phraseFeatures(Orphan o, Phrase p, int[] named) {
		String name = t.substring(named[0], named[1]);
		String[] ws = name.split("\\s+");
		int caps = 0;
		for (String w : ws) {
			caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
		}
		String head = p.head();
		boolean plural = head.endsWith("s") && !head.endsWith("ss");
		List<String> f = new ArrayList<>();
		f.add("bias");
		f.add("phr");
		f.add("phr|ty=" + o.type());
		f.add("phr|how=" + p.how());
		f.add("phr|hd=" + head);
		f.add("phr|src=" + ClaimWords.get().isSource(head));
		f.add("phr|person=" + PERSON_HEADS.contains(singular(head)));
		f.add("phr|pl=" + plural);
		f.add("phr|n=" + bucket(ws.length, 1, 2, 3, 5));
		f.add("phr|caps=" + bucket(caps, 0, 1, 2));
		f.add("phr|capshd=" + bucket(caps, 0, 1) + "|" + head);
		f.add("phr|cue=" + o.lemma());
		f.add("phr|def=" + t.regionMatches(true, p.begin(), "the ", 0, 4));
		f.replaceAll(x -> x.replace(' ', '_').replace('\t', '_'));
		return f;
	}

	/** The actor the phrase names (made when none of that name exists), with the phrase as its mention. */
	private DocActor phraseActor(Phrase p, int[] named) {
		String name = text.body().substring(named[0], named[1]);
		String head = singular(p.head());
		ActorKind kind = PERSON_HEADS.contains(head) && !p.head().endsWith("s") ? ActorKind.PERSON
				: head.equals("media") ? ActorKind.MEDIA : p.head().endsWith("s") ? ActorKind.OTHER
				: ActorKind.ORGANISATION;
		DocActor a = actors.actor(name, kind, "", 0.5);
		actors.mention(a, named[0], named[1]);
		return a;
	}

	/** The index of the candidate whose "speaker" score leads "none" most, when by more than {@code margin}; or -1. */
	public static int best(LinearModel model, List<List<String>> candidates, float margin) {
		List<String> outcomes = List.of(model.outcomes());
		int yes = outcomes.indexOf(YES);
		int no = outcomes.indexOf(NO);
		int best = -1;
		float lead = margin;
		for (int i = 0; i < candidates.size(); i++) {
			float[] s = LearnedRoots.scores(model, candidates.get(i));
			float l = (yes < 0 ? 0 : s[yes]) - (no < 0 ? 0 : s[no]);
			if (l > lead) {
				lead = l;
				best = i;
			}
		}
		return best;
	}

	private int emit(Orphan o, DocActor speaker, List<ExtractedClaim> out) {
		int n = 0;
		for (int[] part : ClaimText.propositions(t, o.span(), quotes)) {
			if (part[1] - part[0] < 8 || LearnedClaims.overlaps(part, out)) {
				continue;
			}
			Quote q = ClaimText.wholeQuote(quotes, part[0], part[1]);
			boolean direct = q != null && t.charAt(part[0]) == '"';
			int[] content = direct ? ClaimText.quoteContent(t, q) : part;
			if (content[1] <= content[0]) {
				continue;
			}
			TextSpan ev = TextSpan.of(text.body(), content[0], content[1]);
			out.add(new ExtractedClaim(speaker.name(), ev.text(), direct, o.form(), ev, CONFIDENCE));
			n++;
		}
		return n;
	}

	/**
	 * Where the parse points for an orphan's speaker, as body offsets (each {begin, end}, or null): the subject of a
	 * verb the cue verb depends on ("X met the envoy and denied ...": X), the noun a relative clause hangs on ("Russia,
	 * which denied ...": Russia), the subject of the sentence's root verb.
	 */
	private record Pointers(int[] governor, int[] antecedent, int[] root) {
	}

	private Pointers pointers(Orphan o) {
		ParsedTokens.At at = tokens.at(o.begin());
		if (at == null) {
			return new Pointers(null, null, null);
		}
		ParsedSentence s = at.sentence();
		int v = at.token();
		int[] governor = null;
		int[] antecedent = null;
		int x = v;
		for (int hops = 0; hops < 3 && s.head(x) >= 0 && governor == null; hops++) {
			String rel = s.deprel(x);
			if (rel.startsWith("acl") && antecedent == null) {
				antecedent = offsets(s, parsedSpeakers.phrase(s, s.head(x))); // "Russia, which denied"
			}
			if (!rel.startsWith("conj") && !rel.startsWith("advcl") && !rel.startsWith("xcomp")
					&& !rel.startsWith("parataxis") && !rel.startsWith("ccomp")) {
				break;
			}
			x = s.head(x);
			for (int c : s.children(x, "nsubj")) {
				governor = offsets(s, parsedSpeakers.phrase(s, c));
			}
		}
		int root = -1;
		for (int i = 0; i < s.size(); i++) {
			if (s.head(i) < 0) {
				root = i;
			}
		}
		int[] rootSubject = null;
		if (root >= 0 && root != v) {
			for (int c : s.children(root, "nsubj")) {
				rootSubject = offsets(s, parsedSpeakers.phrase(s, c));
			}
		}
		return new Pointers(governor, antecedent, rootSubject);
	}

	private static int[] offsets(ParsedSentence s, int[] tokens) {
		return new int[] {s.start(tokens[0]), s.end(tokens[1])};
	}

	private static boolean covers(List<ActorMention> ms, int[] span) {
		if (span == null) {
			return false;
		}
		for (ActorMention m : ms) {
			if (m.begin() < span[1] && span[0] < m.end()) {
				return true;
			}
		}
		return false;
	}

	/** The orphan's subject phrase: its words (lowercase), its head word and the parse relation that gave it. */
	private record Phrase(List<String> words, String head, String how, int begin, int end) {
	}

	private Phrase phrase(Orphan o) {
		boolean according = o.type().equals("according");
		ParsedTokens.At at = tokens.at(o.begin());
		if (at != null && !according) {
			ParsedSentence s = at.sentence();
			int subject = parsedSpeakers.subjectToken(s, at.token());
			if (subject >= 0) {
				int[] span = parsedSpeakers.phrase(s, subject);
				List<String> words = new ArrayList<>();
				for (int i = span[0]; i <= span[1]; i++) {
					words.add(s.word(i).toLowerCase(Locale.ROOT));
				}
				return new Phrase(words, s.word(subject).toLowerCase(Locale.ROOT),
						subject < at.token() ? "before" : "after", s.start(span[0]), s.end(span[1]));
			}
		}
		if (according) {
			int e = o.end();
			List<String> words = new ArrayList<>();
			int b = org.sourcebench.extract.text.TextCursor.of(t).skipSpaces(o.end());
			for (int k = 0; k < 6; k++) {
				int ws = org.sourcebench.extract.text.TextCursor.of(t).skipSpaces(e);
				String w = org.sourcebench.extract.text.TextCursor.of(t).nextWord(ws);
				if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
					break;
				}
				boolean stop = w.endsWith(",") || w.endsWith(".");
				w = w.replaceAll("[,.]$", "").toLowerCase(Locale.ROOT);
				words.add(w);
				e = ws + w.length();
				if (stop) {
					break;
				}
			}
			String head = words.isEmpty() ? "" : words.get(words.size() - 1);
			return new Phrase(words, head, "according", b, e);
		}
		return new Phrase(List.of(), "", "none", o.begin(), o.begin());
	}

	/** The distinct actors by their last mention before {@code offset}, the most recent first. */
	private static List<DocActor> recentActors(int offset, Map<DocActor, List<ActorMention>> byActor) {
		List<ActorMention> last = new ArrayList<>();
		for (List<ActorMention> ms : byActor.values()) {
			ActorMention l = null;
			for (ActorMention m : ms) {
				if (m.end() <= offset) {
					l = m;
				}
			}
			if (l != null) {
				last.add(l);
			}
		}
		last.sort((x, y) -> Integer.compare(y.end(), x.end()));
		List<DocActor> out = new ArrayList<>();
		for (ActorMention m : last) {
			out.add(m.actor());
		}
		return out;
	}

	/** The first of {@code bounds} that {@code n} does not exceed, or "more" (a count feature's bucket). */
	static String bucket(int n, int... bounds) {
		for (int b : bounds) {
			if (n <= b) {
				return Integer.toString(b);
			}
		}
		return "more";
	}

	private static Set<String> words(String s) {
		return words(s, STOP);
	}

	/** The lower-case words of {@code s} of two or more letters or digits that are not in {@code stop}. */
	static Set<String> words(String s, Set<String> stop) {
		Set<String> out = new HashSet<>();
		for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
			if (w.length() > 1 && !stop.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	/** Whether {@code w} and {@code n} share a stem of at least 4 letters ("russian" / "russia", "israeli"). */
	private static boolean stemMatch(String w, String n) {
		if (w.length() < 4 || n.length() < 4) {
			return false;
		}
		int k = 0;
		while (k < w.length() && k < n.length() && w.charAt(k) == n.charAt(k)) {
			k++;
		}
		return k >= 4 && k >= Math.min(w.length(), n.length()) - 3;
	}

	private List<String> features(Orphan o, Phrase p, Pointers ptr, DocActor a, List<ActorMention> ms,
			List<ExtractedClaim> out, List<DocActor> recent, int most) {
		int cue = o.begin();
		int sentence = o.sentence().index();
		ActorMention before = null;
		ActorMention after = null;
		for (ActorMention m : ms) {
			if (m.end() <= cue) {
				before = m;
			} else if (after == null && m.begin() >= o.end()) {
				after = m;
			}
		}
		int dBefore = before == null ? -1 : sentence - text.sentenceOf(before.begin()).index();
		int dAfter = after == null ? -1 : text.sentenceOf(after.begin()).index() - sentence;
		if (dBefore < 0 && (dAfter < 0 || dAfter > 0)) {
			return null; // not yet named: no speaker
		}
		String kind = a.kind() == null ? "OTHER" : a.kind().name();
		boolean unnamed = DocActor.isUnnamed(a.name());
		List<String> f = new ArrayList<>();
		f.add("bias");
		f.add("k=" + kind);
		f.add("un=" + unnamed);
		f.add("ty=" + o.type());
		f.add("tyk=" + o.type() + "|" + kind);
		f.add("cue=" + o.lemma());
		f.add("cuek=" + o.lemma() + "|" + kind);
		String db = dBefore < 0 ? "none" : bucket(dBefore, 0, 1, 2, 4, 8);
		f.add("db=" + db);
		f.add("dbk=" + db + "|" + kind);
		f.add("da=" + (dAfter < 0 ? "none" : bucket(dAfter, 0, 1)));
		boolean inSpan = false;
		boolean inPhrase = false;
		Set<String> mentionWords = new HashSet<>(words(a.name()));
		for (ActorMention m : ms) {
			inSpan |= m.begin() >= o.span()[0] && m.end() <= o.span()[1];
			inPhrase |= p.end() > p.begin() && m.begin() < p.end() && p.begin() < m.end();
			mentionWords.addAll(words(text.body().substring(m.begin(), m.end())));
		}
		f.add("inspan=" + inSpan);
		f.add("inphrase=" + inPhrase);
		f.add("gov=" + covers(ms, ptr.governor()));
		f.add("ante=" + covers(ms, ptr.antecedent()));
		f.add("root=" + covers(ms, ptr.root()));
		f.add("govk=" + covers(ms, ptr.governor()) + "|" + kind);
		f.add("antek=" + covers(ms, ptr.antecedent()) + "|" + kind);
		ActorMention first = null;
		for (ActorMention m : actors.within(o.sentence().begin(), cue)) {
			first = first == null ? m : first;
		}
		f.add("first=" + (first != null && first.actor() == a));
		if (before != null && dBefore == 0) {
			int chars = cue - before.end();
			f.add("cd=" + bucket(chars, 2, 10, 40, 100));
		}
		int rank = recent.indexOf(a);
		String rr = rank < 0 ? "none" : bucket(rank + 1, 1, 2, 3, 5);
		f.add("rr=" + rr);
		f.add("rrk=" + rr + "|" + kind);
		String mc = bucket(ms.size(), 1, 3, 7);
		f.add("mc=" + mc);
		f.add("top=" + (ms.size() == most));
		f.add("lead=" + (text.sentenceOf(ms.get(0).begin()).index() <= 1));
		// how recently it spoke at a cue
		int turn = speakers.lastTurnOfAny(a, cue);
		f.add("spoke=" + (turn < 0 ? "never" : bucket(sentence - text.sentenceOf(turn).index(), 0, 1, 3, 8)));
		int speakerRank = speakers.speakerRank(a, cue);
		f.add("sr=" + (speakerRank < 0 ? "none" : bucket(speakerRank + 1, 1, 2, 3)));
		f.add("srk=" + (speakerRank < 0 ? "none" : bucket(speakerRank + 1, 1, 2, 3)) + "|" + kind);
		ExtractedClaim previous = null;
		for (ExtractedClaim c : out) {
			if (c.evidence() != null && c.evidence().end() <= o.span()[0] + 1
					&& (previous == null || c.evidence().end() > previous.evidence().end())) {
				previous = c;
			}
		}
		if (previous != null && previous.speaker().equals(a.name())) {
			f.add("prev=" + bucket(sentence - text.sentenceOf(previous.evidence().begin()).index(), 0, 1, 2, 4));
		}
		// the subject phrase against the actor
		String head = p.head();
		f.add("how=" + p.how());
		if (PRONOUNS.contains(head)) {
			f.add("pr=" + head + "|" + kind);
			if (head.equals("he") || head.equals("she")) {
				f.add("agree=" + (a.kind() == ActorKind.PERSON && speakers.genders().agrees(a, head)));
			}
			f.add("prr=" + head + "|" + rr);
			f.add("prs=" + head + "|" + (speakerRank < 0 ? "none" : bucket(speakerRank + 1, 1, 2, 3)));
		} else if (!head.isEmpty()) {
			boolean headIn = mentionWords.contains(head) || mentionWords.contains(singular(head));
			f.add("hm=" + headIn);
			f.add("hmk=" + headIn + "|" + kind);
			f.add("hd=" + head + "|" + kind);
			f.add("hmdb=" + headIn + "|" + db);
			int overlap = 0;
			boolean stem = false;
			for (String w : p.words()) {
				if (STOP.contains(w) || w.length() < 2) {
					continue;
				}
				if (mentionWords.contains(w) || mentionWords.contains(singular(w))) {
					overlap++;
				} else {
					for (String n : mentionWords) {
						stem |= stemMatch(w, n);
					}
				}
			}
			f.add("ov=" + bucket(overlap, 0, 1, 2));
			f.add("ovk=" + bucket(overlap, 0, 1, 2) + "|" + kind);
			f.add("stem=" + stem);
			f.add("stemk=" + stem + "|" + kind);
			if (ClaimWords.get().isSource(head)) {
				f.add("src|" + kind + "|" + unnamed);
			}
		} else {
			f.add("nohead|" + kind + "|" + rr);
		}
		boolean quote = t.charAt(o.span()[0]) == '"';
		f.add("q=" + quote + "|" + (speakerRank < 0 ? "none" : bucket(speakerRank + 1, 1, 2)));
		f.replaceAll(x -> x.replace(' ', '_').replace('\t', '_'));
		return f;
	}

	/** {@code w} without a plural "s" (words of four letters or more). */
	static String singular(String w) {
		return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
	}
}
