package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * A learned choice of speaker for a cue whose subject the rules could not resolve ("The government said ...",
 * "..., the premier said.", "the rebel force said"): the claim readers hand such a cue and its claim text here
 * instead of dropping it; once both readers are done, every document actor mentioned before the cue (or in its
 * sentence) is scored by a logistic model over surface features of the pair (the actor's kind, how recently it was
 * mentioned, whether a word of the subject phrase names it or its kind, whether it spoke before), and the best one
 * speaks the claim when its probability reaches the model's threshold. A cue whose text another claim already
 * overlaps is left alone. The model ({@code data/claim-speakers.tsv}) is trained on the study half's gold by
 * {@code releng/scripts/train-claim-speakers.py} from the trace this class prints with
 * {@code -Dsourcebench.trace.speakers=true}. Switch {@code claims.speaker-choice}. Local to one document.
 */
final class SpeakerChoice {

	static final String SWITCH = "claims.speaker-choice";
	private static final boolean TRACE = Boolean.getBoolean("sourcebench.trace.speakers");
	private static final int MAX_CANDIDATES = 8;
	private static final Map<String, Double> WEIGHTS = weights();
	private static final double THRESHOLD = WEIGHTS.getOrDefault("@threshold", 2.0);
	private static final java.util.Set<String> PERSON_HEADS = ClaimWords.get().list("role");
	private static final java.util.Set<String> PREPOSITIONS = ClaimWords.get().list("preposition");

	/** A cue without a speaker: where it and its subject phrase stand, its claim text, and how to emit the claim. */
	private record Pending(int cueBegin, int subjectBegin, int subjectEnd, int sentenceBegin, int begin, int end,
			String reader, Consumer<DocActor> emit) {
	}

	private final String body;
	private final DocActors actors;
	private final SpeakerFinder speakers;
	private final List<Pending> pending = new ArrayList<>();

	SpeakerChoice(String body, DocActors actors, SpeakerFinder speakers) {
		this.body = body;
		this.actors = actors;
		this.speakers = speakers;
	}

	static boolean on() {
		return TRACE || Mechanisms.on(SWITCH);
	}

	/**
	 * A cue at {@code cueBegin} whose claim text is {@code [begin, end)} and whose subject phrase ("the ministry",
	 * the phrase after "according to") is {@code [subjectBegin, subjectEnd)} (-1: none, the cue opens its clause).
	 */
	void add(int cueBegin, int subjectBegin, int subjectEnd, int sentenceBegin, int begin, int end, String reader,
			Consumer<DocActor> emit) {
		for (Pending p : pending) {
			if (p.cueBegin == cueBegin) {
				return;
			}
		}
		pending.add(new Pending(cueBegin, subjectBegin, subjectEnd, sentenceBegin, begin, end, reader, emit));
	}

	/** Gives each pending cue its best speaker when the model is sure enough; {@code out}: the claims so far. */
	void decide(List<ExtractedClaim> out) {
		int fired = 0;
		for (Pending p : pending) {
			if (overlapsClaim(p, out)) {
				continue;
			}
			Map<DocActor, Map<String, Double>> candidates = candidates(p);
			DocActor best = null;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (Map.Entry<DocActor, Map<String, Double>> c : candidates.entrySet()) {
				double score = score(c.getValue());
				if (TRACE) {
					trace(p, c.getKey(), c.getValue(), score);
				}
				if (score > bestScore) {
					bestScore = score;
					best = c.getKey();
				}
			}
			if (best != null && bestScore >= THRESHOLD && Mechanisms.on(SWITCH)) {
				p.emit.accept(best);
				fired++;
			}
		}
		Mechanisms.fired(SWITCH, fired);
	}

	private static boolean overlapsClaim(Pending p, List<ExtractedClaim> out) {
		for (ExtractedClaim c : out) {
			if (c.evidence() != null && c.evidence().begin() < p.end && p.begin < c.evidence().end()) {
				return true;
			}
		}
		return false;
	}

	/** The features of every candidate speaker of {@code p}: the actors last mentioned before its cue, most recent first. */
	private Map<DocActor, Map<String, Double>> candidates(Pending p) {
		List<ActorMention> ms = actors.mentions();
		Map<DocActor, ActorMention> last = new LinkedHashMap<>();
		Map<DocActor, Integer> count = new HashMap<>();
		Map<DocActor, Boolean> inSentenceAfter = new HashMap<>();
		Map<DocActor, Boolean> inClaim = new HashMap<>();
		int sentenceEnd = sentenceEnd(p);
		for (ActorMention m : ms) {
			if (m.actor() == null) {
				continue;
			}
			if (m.end() <= p.cueBegin) {
				last.remove(m.actor());
				last.put(m.actor(), m);
				count.merge(m.actor(), 1, Integer::sum);
			} else if (m.begin() < sentenceEnd) {
				if (m.begin() >= p.begin && m.end() <= p.end) {
					inClaim.put(m.actor(), true);
				} else {
					inSentenceAfter.put(m.actor(), true);
				}
			}
		}
		List<DocActor> recent = new ArrayList<>(last.keySet());
		java.util.Collections.reverse(recent);
		for (DocActor a : inSentenceAfter.keySet()) {
			if (!recent.contains(a)) {
				recent.add(a);
			}
		}
		String subjectText = p.subjectBegin >= 0 && p.subjectBegin < p.subjectEnd
				? body.substring(p.subjectBegin, p.subjectEnd) : "";
		String subject = subjectText.toLowerCase(Locale.ROOT);
		List<String> subjectWords = words(subject);
		java.util.Set<String> subjectIsos = isos(subjectText);
		List<String> claimWords = words(body.substring(p.begin, p.end).toLowerCase(Locale.ROOT));
		boolean shortClaim = claimWords.size() < 5;
		boolean prepositionFirst = !claimWords.isEmpty() && PREPOSITIONS.contains(claimWords.get(0));
		Map<DocActor, Map<String, Double>> out = new LinkedHashMap<>();
		Map<ActorKind, Integer> kindRank = new HashMap<>();
		for (int r = 0; r < recent.size() && out.size() < MAX_CANDIDATES; r++) {
			DocActor a = recent.get(r);
			boolean person = a.kind() == ActorKind.PERSON;
			Map<String, Double> f = new LinkedHashMap<>();
			f.put("bias", 1.0);
			f.put("reader=" + p.reader, 1.0);
			f.put("kind=" + a.kind(), 1.0);
			f.put("rank=" + Math.min(r, 4), 1.0);
			int kr = kindRank.merge(a.kind(), 1, Integer::sum) - 1;
			f.put("kindRank0", kr == 0 ? 1.0 : 0.0);
			ActorMention m = last.get(a);
			boolean before = m != null;
			f.put("mentionedBefore", before ? 1.0 : 0.0);
			f.put("inSentenceBefore", before && m.begin() >= p.sentenceBegin ? 1.0 : 0.0);
			f.put("inSentenceAfter", inSentenceAfter.getOrDefault(a, false) ? 1.0 : 0.0);
			f.put("inClaim", inClaim.getOrDefault(a, false) ? 1.0 : 0.0);
			f.put("logDistance", before ? Math.log1p(Math.max(0, p.cueBegin - m.end())) / 8 : 1.5);
			f.put("logMentions", Math.log1p(count.getOrDefault(a, 0)) / 3);
			f.put("unnamed", DocActor.isUnnamed(a.name()) ? 1.0 : 0.0);
			f.put("spokeBefore", speakers.spokeBefore(a, p.cueBegin) ? 1.0 : 0.0);
			f.put("lastSpeaker", a == speakers.speakerBefore(p.cueBegin) ? 1.0 : 0.0);
			subjectFeatures(f, a, subjectWords);
			f.put("shortClaim", shortClaim ? 1.0 : 0.0);
			f.put("prepositionFirst", prepositionFirst ? 1.0 : 0.0);
			boolean isoMatch = !a.iso().isEmpty() && subjectIsos.contains(a.iso());
			f.put("countryInSubject&" + (isoMatch ? "same" : "other") + (person ? "&person" : "&body"),
					subjectIsos.isEmpty() ? 0.0 : 1.0);
			out.put(a, f);
		}
		return out;
	}

	/** Features of the subject phrase's words against the candidate. */
	private void subjectFeatures(Map<String, Double> f, DocActor a, List<String> subject) {
		boolean person = a.kind() == ActorKind.PERSON;
		String subjectShape = subject.isEmpty() ? "none" : subject.contains("he") || subject.contains("she")
				? "he" : subject.contains("it") || subject.contains("they") || subject.contains("we") ? "it"
						: subject.contains("the") ? "the" : "other";
		f.put("subject=" + subjectShape + (person ? "&person" : "&body"), 1.0);
		boolean roleWord = false;
		boolean bodyMatch = false;
		boolean bodyOther = false;
		boolean named = false;
		String names = namesOf(a);
		for (String w : subject) {
			String lemma = w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
			roleWord |= PERSON_HEADS.contains(w) || PERSON_HEADS.contains(lemma);
			ActorKind k = ClaimWords.get().bodies.get(lemma);
			if (k != null) {
				boolean same = k == a.kind() || k == ActorKind.GOVERNMENT && a.kind() == ActorKind.STATE;
				bodyMatch |= same; // "the government said": the gold gives its words to the state
				bodyOther |= !same;
			}
			named |= w.length() > 3 && !w.equals("the") && names.contains(w);
		}
		f.put("roleWord&person", roleWord && person ? 1.0 : 0.0);
		f.put("roleWord&body", roleWord && !person ? 1.0 : 0.0);
		f.put("bodyWordKind", bodyMatch ? 1.0 : 0.0);
		f.put("bodyWordOtherKind", bodyOther && !bodyMatch ? 1.0 : 0.0);
		f.put("subjectWordInName", named ? 1.0 : 0.0);
		boolean office = false;
		for (String o : a.offices()) {
			for (String w : words(o.toLowerCase(Locale.ROOT))) {
				office |= w.length() > 3 && subject.contains(w);
			}
		}
		f.put("subjectWordInOffice", office ? 1.0 : 0.0);
	}

	/** The ISO codes of the countries a phrase names or describes ("the Rwandan president": RW). */
	private static java.util.Set<String> isos(String phrase) {
		java.util.Set<String> out = new java.util.TreeSet<>();
		if (phrase.isEmpty()) {
			return out;
		}
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(phrase)) {
			boolean wordStart = m.begin() == 0 || !Character.isLetter(phrase.charAt(m.begin() - 1));
			boolean wordEnd = m.end() >= phrase.length() || !Character.isLetter(phrase.charAt(m.end()));
			if (wordStart && wordEnd) {
				out.add(m.value().country().iso());
			}
		}
		return out;
	}

	/** The actor's name and mention texts, lower case, space-separated. */
	private String namesOf(DocActor a) {
		StringBuilder sb = new StringBuilder(" ").append(a.name().toLowerCase(Locale.ROOT)).append(' ');
		for (ActorMention m : actors.mentions()) {
			if (m.actor() == a) {
				sb.append(body, m.begin(), m.end()).append(' ');
			}
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	private static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		for (String w : text.split("[^\\p{L}'-]+")) {
			if (!w.isEmpty()) {
				out.add(w);
			}
		}
		return out;
	}

	private int sentenceEnd(Pending p) {
		int e = Math.max(p.end, p.cueBegin);
		while (e < body.length() && body.charAt(e) != '\n' && !(body.charAt(e) == '.' && (e + 1 >= body.length()
				|| Character.isWhitespace(body.charAt(e + 1))))) {
			e++;
		}
		return e;
	}

	private static double score(Map<String, Double> f) {
		double z = 0;
		for (Map.Entry<String, Double> e : f.entrySet()) {
			z += WEIGHTS.getOrDefault(e.getKey(), 0.0) * e.getValue();
		}
		return 1 / (1 + Math.exp(-z));
	}

	private static Map<String, Double> weights() {
		Map<String, Double> w = new HashMap<>();
		for (String[] row : DataFile.rows("claim-speakers.tsv", 2)) {
			w.put(row[0], Double.parseDouble(row[1]));
		}
		return w;
	}

	private void trace(Pending p, DocActor a, Map<String, Double> f, double score) {
		StringBuilder sb = new StringBuilder("#spk\t");
		sb.append(body.length()).append('\t')
				.append(body.substring(0, Math.min(60, body.length())).replaceAll("\\s", " ")).append('\t')
				.append(p.cueBegin).append('\t').append(p.begin).append('\t').append(p.end).append('\t')
				.append(a.name()).append('\t').append(String.format(Locale.ROOT, "%.4f", score)).append('\t');
		boolean first = true;
		for (Map.Entry<String, Double> e : f.entrySet()) {
			if (e.getValue() != 0) {
				sb.append(first ? "" : ",").append(e.getKey()).append(':')
						.append(String.format(Locale.ROOT, "%.4f", e.getValue()));
				first = false;
			}
		}
		sb.append('\n');
		synchronized (System.err) {
			System.err.print(sb);
			System.err.flush();
		}
	}
}
