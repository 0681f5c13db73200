package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
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
 * A learned second opinion on the speaker of every claim the rules attributed (switch {@code claims.learned-speakers}):
 * for each claim, the speaker the rules gave it and every other actor of the document named before it (or in its
 * sentence) are ranked by a linear model ({@code data/claim-speakers24.tsv}, trained on the development gold by
 * {@code releng/scripts/train-speakers24.sh}) that scores "speaker" against "none" from the document: the cue's subject
 * (its pronoun and gender agreement, its head noun and words against the actor's names and mentions, whether the actor
 * is mentioned there), the sentence and paragraph distance to the actor's last mention, whether the claim is a
 * quotation that opens its paragraph, who spoke the previous and the next claim, how recently and how often the actor
 * spoke, its kind against the rule speaker's. The rule speaker is replaced by the best candidate when that candidate's
 * lead exceeds the rule speaker's by more than {@link #MARGIN}. Claims that share their text with another claim
 * ("Peru and Bolivia said") keep their speakers, and so do claims of "the statement said" (the rules give them to
 * the statement's issuer) and the claims of the learned cues ({@link LearnedCues}, which the training, with the
 * learned components off, never saw). Deterministic; the model is read once per JVM. The dump
 * ({@link #dumpTo}) receives every candidate of every claim, the rule speaker first (from: the actor, to: the claim's
 * offsets, begin/end: its evidence).
 */
public final class LearnedSpeakers {

	public static final String NAME = "claims.learned-speakers";
	public static final String MODEL = "data/claim-speakers24.tsv";
	/** How far the best candidate's lead must exceed the rule speaker's ({@code -Dsourcebench.learnedSpeakers.margin}). */
	public static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedSpeakers.margin", "0"));
	/** The property naming another model file ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.learnedSpeakers.model";
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();
	private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
	private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "its", "his",
			"her", "their", "by", "from", "with", "at", "as", "'s", "’s");
	private static final int WINDOW = 12;
	/** Subjects the rules resolve to the issuer of a statement ({@code claims.statement-issuers}): left to them. */
	private static final Set<String> ISSUED = Set.of("statement", "statements", "communique", "communiqué");
	/** The cue of the claims {@link LearnedCues} adds. */
	private static final String LEARNED_CUE = "learned-cue";

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	private LearnedSpeakers() {
	}

	/** Sets (null: clears) the thread's dump of candidates (EngineExport {@code --speaker24-features}). */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/**
	 * The index of the candidate that replaces the rule speaker (candidate 0): the one whose "speaker" − "none" lead is
	 * highest, when it exceeds candidate 0's by more than {@code margin}; else -1.
	 */
	public static int best(LinearModel model, List<List<String>> candidates, float margin) {
		List<String> outcomes = List.of(model.outcomes());
		int yes = outcomes.indexOf(DocumentSpeakers.YES);
		int no = outcomes.indexOf(DocumentSpeakers.NO);
		int best = -1;
		float top = 0;
		float rule = 0;
		for (int i = 0; i < candidates.size(); i++) {
			float[] s = LearnedRoots.scores(model, candidates.get(i));
			float l = (yes < 0 ? 0 : s[yes]) - (no < 0 ? 0 : s[no]);
			if (i == 0) {
				rule = l;
			} else if (best < 0 || l > top) {
				top = l;
				best = i;
			}
		}
		return best >= 0 && top - rule > margin ? best : -1;
	}

	/** {@code claims} with the speakers the model prefers; the dump receives every candidate. */
	static List<ExtractedClaim> rerank(AnalyzedText text, DocActors actors, SpeakerFinder speakers,
			ParsedSpeaker parsedSpeakers, ParsedTokens tokens, List<ExtractedClaim> claims) {
		LearnedRoots.Sink sink = DUMP.sink();
		boolean on = Mechanisms.on(NAME);
		if (!on && sink == null || claims.isEmpty() || actors.mentions().isEmpty()) {
			return claims;
		}
		return new LearnedSpeakers.Run(text, actors, speakers, parsedSpeakers, tokens, claims).run(sink, on);
	}

	/** One document's reranking. */
	private static final class Run {
		private final AnalyzedText text;
		private final String body;
		/** The body in lower case (computed once per document, for the claims' cue words). */
		private String lowerBody;
		private final DocActors actors;
		private final SpeakerFinder speakers;
		private final ParsedSpeaker parsedSpeakers;
		private final ParsedTokens tokens;
		private final List<ExtractedClaim> claims;
		private final Map<DocActor, List<ActorMention>> byActor = new LinkedHashMap<>();
		private final Map<String, Integer> spoken = new HashMap<>();
		private int most;

		Run(AnalyzedText text, DocActors actors, SpeakerFinder speakers, ParsedSpeaker parsedSpeakers,
				ParsedTokens tokens, List<ExtractedClaim> claims) {
			this.text = text;
			this.body = text.body();
			this.actors = actors;
			this.speakers = speakers;
			this.parsedSpeakers = parsedSpeakers;
			this.tokens = tokens;
			this.claims = claims;
			for (ActorMention m : actors.mentions()) {
				byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
			}
			most = byActor.values().stream().mapToInt(List::size).max().orElse(0);
			for (ExtractedClaim c : claims) {
				spoken.merge(c.speaker(), 1, Integer::sum);
			}
		}

		List<ExtractedClaim> run(LearnedRoots.Sink sink, boolean on) {
			List<ExtractedClaim> out = new ArrayList<>(claims);
			Map<String, Integer> sameText = new HashMap<>();
			for (ExtractedClaim c : claims) {
				if (c.evidence() != null) {
					sameText.merge(c.evidence().begin() + ":" + c.evidence().end(), 1, Integer::sum);
				}
			}
			int changed = 0;
			for (int i = 0; i < claims.size(); i++) {
				ExtractedClaim c = claims.get(i);
				if (c.evidence() == null || sameText.get(c.evidence().begin() + ":" + c.evidence().end()) > 1
						|| LEARNED_CUE.equals(c.cue())) {
					continue;
				}
				DocActor rule = actors.byName(c.speaker());
				if (rule == null || !byActor.containsKey(rule)) {
					continue;
				}
				Context x = context(c, i);
				List<DocActor> cands = new ArrayList<>();
				cands.add(rule);
				for (DocActor a : byActor.keySet()) {
					if (a != rule && near(a, x)) {
						cands.add(a);
					}
				}
				if (cands.size() < 2) {
					continue;
				}
				List<List<String>> feats = new ArrayList<>();
				Stats rs = stats(x, rule);
				DocActor nearestPerson = nearestPerson(x);
				for (DocActor a : cands) {
					List<String> f = features(x, a, rule);
					relative(f, stats(x, a), rs, a == nearestPerson, x);
					feats.add(f);
					if (sink != null) {
						sink.accept(new LearnedRoots.Candidate(a.name(), c.evidence().begin() + ":" + c.evidence().end(),
								c.evidence().begin(), c.evidence().end(), f));
					}
				}
				if (!on || ISSUED.contains(x.subject())) {
					continue; // "the statement said": the rules gave it to the statement's issuer
				}
				int best = best(Holder.MODEL_INSTANCE, feats, MARGIN);
				if (best > 0) {
					String name = cands.get(best).name();
					out.set(i, new ExtractedClaim(name, c.text(), c.direct(), c.cue(), c.evidence(), c.confidence()));
					changed++;
				}
			}
			Mechanisms.fired(NAME, changed);
			return out;
		}

		/** What the features read of a claim: its sentence, the cue's subject, its neighbours' speakers. */
		private record Context(ExtractedClaim claim, Sentence sentence, int begin, int end, int cue, String subject,
				List<String> subjectWords, int[] subjectSpan, String previous, int previousDistance, String next,
				boolean opensParagraph, boolean quote, String cueForm) {
		}

		private Context context(ExtractedClaim c, int index) {
			int b = c.evidence().begin();
			int e = c.evidence().end();
			Sentence s = text.sentenceOf(b);
			Sentence last = text.sentenceOf(Math.max(b, e - 1));
			int cue = cueOffset(c, s, last, b, e);
			String subject = "";
			List<String> words = new ArrayList<>();
			int[] span = null;
			ParsedTokens.At at = cue < 0 ? null : tokens.at(cue);
			if (at != null) {
				ParsedSentence ps = at.sentence();
				int subj = parsedSpeakers.subjectToken(ps, at.token());
				if (subj >= 0) {
					int[] ph = parsedSpeakers.phrase(ps, subj);
					for (int k = ph[0]; k <= ph[1]; k++) {
						words.add(ps.word(k).toLowerCase(Locale.ROOT));
					}
					subject = ps.word(subj).toLowerCase(Locale.ROOT);
					span = new int[] {ps.start(ph[0]), ps.end(ph[1])};
				}
			}
			ExtractedClaim prev = null;
			ExtractedClaim nxt = null;
			for (ExtractedClaim o : claims) {
				if (o == c || o.evidence() == null) {
					continue;
				}
				if (o.evidence().end() <= b + 1 && (prev == null || o.evidence().end() > prev.evidence().end())) {
					prev = o;
				}
				if (o.evidence().begin() >= e - 1 && (nxt == null || o.evidence().begin() < nxt.evidence().begin())) {
					nxt = o;
				}
			}
			int pd = prev == null ? -1 : s.index() - text.sentenceOf(prev.evidence().begin()).index();
			int p = b;
			while (p > 0 && " \t\"“‘'".indexOf(body.charAt(p - 1)) >= 0) {
				p--;
			}
			boolean opens = p == 0 || body.charAt(p - 1) == '\n';
			return new Context(c, s, b, e, cue, subject, words, span, prev == null ? null : prev.speaker(), pd,
					nxt == null ? null : nxt.speaker(), opens, c.direct(), c.cue() == null ? "" : c.cue());
		}

		/** The offset of the claim's cue word in its sentences outside its text (the nearest), or -1. */
		private int cueOffset(ExtractedClaim c, Sentence s, Sentence last, int b, int e) {
			String form = c.cue();
			if (form == null || form.length() < 2 || !Character.isLetter(form.charAt(0))) {
				return -1;
			}
			if (lowerBody == null) {
				lowerBody = body.toLowerCase(Locale.ROOT);
			}
			String lower = lowerBody;
			String f = form.toLowerCase(Locale.ROOT);
			int best = -1;
			int dist = Integer.MAX_VALUE;
			for (int k = lower.indexOf(f, s.begin()); k >= 0 && k < last.end(); k = lower.indexOf(f, k + 1)) {
				if (k >= b && k < e || k > 0 && Character.isLetter(body.charAt(k - 1))
						|| k + f.length() < body.length() && Character.isLetter(body.charAt(k + f.length()))) {
					continue;
				}
				int d = k < b ? b - k : k - e;
				if (d < dist) {
					dist = d;
					best = k;
				}
			}
			return best;
		}

		/** Whether the actor is named within {@link #WINDOW} sentences before the claim or in its sentence. */
		private boolean near(DocActor a, Context x) {
			for (ActorMention m : byActor.get(a)) {
				if (m.begin() >= x.begin() && m.end() <= x.end()) {
					continue;
				}
				int si = text.sentenceOf(m.begin()).index();
				if (m.begin() < x.sentence().end() && x.sentence().index() - si <= WINDOW || si == x.sentence().index()
						|| m.begin() >= x.end() && m.begin() < text.sentenceOf(Math.max(x.begin(), x.end() - 1)).end()) {
					return true;
				}
			}
			return false;
		}

		/** Where an actor stands to a claim: its last mention before the claim, its distance to the cue in the sentence. */
		private record Stats(int lastBefore, int cueDistance, boolean beside) {
		}

		private Stats stats(Context x, DocActor a) {
			int last = -1;
			int cd = Integer.MAX_VALUE;
			int sentence = x.sentence().index();
			for (ActorMention m : byActor.get(a)) {
				if (m.begin() >= x.begin() && m.end() <= x.end()) {
					continue;
				}
				if (m.end() <= x.begin()) {
					last = m.end();
				}
				if (x.cue() >= 0 && text.sentenceOf(m.begin()).index() == sentence) {
					cd = Math.min(cd, m.end() <= x.cue() ? x.cue() - m.end() : Math.max(0, m.begin() - x.cue()));
				}
			}
			return new Stats(last, cd, cd < 25);
		}

		/** The person named last before the cue (or the claim) in the claim's paragraph or the one before, or null. */
		private DocActor nearestPerson(Context x) {
			int at = x.cue() >= 0 && x.cue() < x.begin() ? x.cue() : x.begin();
			ActorMention m = actors.lastBefore(at, a -> a.kind() == ActorKind.PERSON);
			if (m == null || x.sentence().paragraph() - text.sentenceOf(m.begin()).paragraph() > 1) {
				return null;
			}
			return m.actor();
		}

		/** The features comparing a candidate with the rule speaker. */
		private void relative(List<String> f, Stats a, Stats rule, boolean nearestPerson, Context x) {
			String closer = a.lastBefore() == rule.lastBefore() ? "same" : a.lastBefore() > rule.lastBefore() ? "closer"
					: "farther";
			f.add("rel=" + closer);
			String cue = a.cueDistance() == rule.cueDistance() ? "same"
					: a.cueDistance() < rule.cueDistance() ? "nearer" : "further";
			f.add("relcue=" + cue);
			f.add("beside=" + a.beside() + "|" + rule.beside());
			f.add("np=" + nearestPerson + "|" + (PRONOUNS.contains(x.subject()) ? x.subject() : "-"));
			f.add("relq=" + closer + "|" + x.opensParagraph() + "|" + x.quote());
		}

		private List<String> features(Context x, DocActor a, DocActor rule) {
			List<ActorMention> ms = byActor.get(a);
			String kind = a.kind() == null ? "OTHER" : a.kind().name();
			String ruleKind = rule.kind() == null ? "OTHER" : rule.kind().name();
			boolean cur = a == rule;
			int sentence = x.sentence().index();
			int paragraph = x.sentence().paragraph();
			ActorMention before = null;
			boolean inSentence = false;
			boolean afterInSentence = false;
			boolean inSubject = false;
			boolean inSpan = false;
			Set<String> mentionWords = new HashSet<>(words(a.name()));
			for (ActorMention m : ms) {
				boolean inside = m.begin() >= x.begin() && m.end() <= x.end();
				inSpan |= inside;
				if (!inside && m.end() <= x.begin()) {
					before = m;
				}
				Sentence ms2 = text.sentenceOf(m.begin());
				if (!inside && ms2.index() == sentence) {
					inSentence = true;
					afterInSentence |= m.begin() >= x.end();
				}
				if (x.subjectSpan() != null && m.begin() < x.subjectSpan()[1] && x.subjectSpan()[0] < m.end()) {
					inSubject = true;
				}
				mentionWords.addAll(words(body.substring(m.begin(), m.end())));
			}
			List<String> f = new ArrayList<>();
			f.add("bias");
			f.add("cur=" + cur);
			f.add("k=" + kind);
			f.add("un=" + DocActor.isUnnamed(a.name()));
			f.add("curk=" + cur + "|" + kind);
			f.add("kk=" + cur + "|" + ruleKind + "|" + kind);
			String db = before == null ? "none" : bucket(sentence - text.sentenceOf(before.begin()).index(), 0, 1, 2, 4, 8);
			f.add("db=" + db);
			f.add("dbc=" + db + "|" + cur);
			String pg = before == null ? "none"
					: bucket(paragraph - text.sentenceOf(before.begin()).paragraph(), 0, 1, 2, 4);
			f.add("pg=" + pg);
			f.add("ins=" + inSentence + "|" + afterInSentence);
			f.add("insc=" + inSentence + "|" + cur);
			f.add("subj=" + inSubject);
			f.add("subjc=" + inSubject + "|" + cur);
			f.add("span=" + inSpan);
			f.add("cue=" + (x.cue() < 0 ? "none" : "found") + "|" + inSubject);
			if (before != null && text.sentenceOf(before.begin()).index() == sentence) {
				f.add("cd=" + bucket(Math.abs(x.begin() - before.end()), 2, 10, 40, 100));
			}
			String mc = bucket(ms.size(), 1, 3, 7);
			f.add("mc=" + mc);
			f.add("top=" + (ms.size() == most));
			f.add("lead=" + (text.sentenceOf(ms.get(0).begin()).index() <= 1));
			int n = spoken.getOrDefault(a.name(), 0);
			f.add("spk=" + bucket(n, 0, 1, 3, 6));
			int turn = speakers.lastTurnOfAny(a, x.begin());
			f.add("spoke=" + (turn < 0 ? "never" : bucket(sentence - text.sentenceOf(turn).index(), 0, 1, 3, 8)));
			int rank = speakers.speakerRank(a, x.begin());
			String sr = rank < 0 ? "none" : bucket(rank + 1, 1, 2, 3);
			f.add("sr=" + sr);
			boolean prev = a.name().equals(x.previous());
			boolean next = a.name().equals(x.next());
			f.add("prev=" + prev + "|" + (x.previousDistance() < 0 ? "none" : bucket(x.previousDistance(), 0, 1, 2, 4)));
			f.add("next=" + next);
			f.add("prevc=" + prev + "|" + cur);
			f.add("open=" + x.opensParagraph() + "|" + x.quote() + "|" + prev);
			f.add("openi=" + x.opensParagraph() + "|" + inSentence + "|" + cur);
			f.add("q=" + x.quote() + "|" + sr);
			String cf = x.cueForm().toLowerCase(Locale.ROOT);
			f.add("cf=" + cf + "|" + cur);
			String head = x.subject();
			if (PRONOUNS.contains(head)) {
				f.add("pr=" + head + "|" + kind);
				f.add("prc=" + head + "|" + cur);
				if (head.equals("he") || head.equals("she")) {
					f.add("agree=" + (a.kind() == ActorKind.PERSON && speakers.genders().agrees(a, head)));
				}
				f.add("prr=" + head + "|" + sr);
				f.add("prdb=" + head + "|" + db);
			} else if (!head.isEmpty()) {
				boolean headIn = mentionWords.contains(head) || mentionWords.contains(singular(head));
				f.add("hm=" + headIn + "|" + inSubject);
				f.add("hmk=" + headIn + "|" + kind);
				f.add("hd=" + head + "|" + kind);
				int overlap = 0;
				for (String w : x.subjectWords()) {
					if (!STOP.contains(w) && w.length() > 1
							&& (mentionWords.contains(w) || mentionWords.contains(singular(w)))) {
						overlap++;
					}
				}
				f.add("ov=" + bucket(overlap, 0, 1, 2) + "|" + inSubject);
				if (ClaimWords.get().isSource(head)) {
					f.add("src=" + kind + "|" + DocActor.isUnnamed(a.name()));
				}
			} else {
				f.add("nohead=" + kind + "|" + sr + "|" + cur);
			}
			f.replaceAll(s -> s.replace(' ', '_').replace('\t', '_'));
			return f;
		}
	}

	private static String bucket(int n, int... bounds) {
		return DocumentSpeakers.bucket(n, bounds);
	}

	private static Set<String> words(String s) {
		return DocumentSpeakers.words(s, STOP);
	}

	private static String singular(String w) {
		return DocumentSpeakers.singular(w);
	}
}
