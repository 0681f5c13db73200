package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Sentence;

/**
 * Reads agent → target events: for each CAMEO trigger of a sentence, the agent is the nearest actor before it
 * in the same clause (a "he"/"she" subject is the last person named; coordinated agents "Russia and the United
 * States" all act), the target the first actor after it (with its coordinated actors). Mutual events are entered
 * in both directions. One relationship per (from, to, code). Immutable; safe to share.
 */
public final class RelationExtractor {

	private static final int MAX_GAP = 150;
	/** "Syrian government troops who are fighting": the relative clause's agent is the antecedent. */
	private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
			"\\s*,?\\s*(?:who|which|that)(?: (?:are|is|were|was|have|has|had|have been|has been))?\\s*");
	/** A comma-delimited aside closing right before the trigger ("X, backed by Y, had recaptured"). */
	private static final java.util.regex.Pattern ASIDE_CLOSE = java.util.regex.Pattern.compile(
			"[^,;.\"]{0,40},\\s*(?:had|has|have|was|were|is|are|also|then)?\\s*");
	/** A comma-delimited name between the last actor and the trigger ("X, Luis Ortega, held a meeting"). */
	private static final java.util.regex.Pattern NAMED_APPOSITION = java.util.regex.Pattern.compile(
			"\\s*,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)+\\s*,[^,;.\"]{0,40}");
	/** The switch of {@link #describedBefore}. */
	static final String DESCRIBED_AGENTS = "relations.described-agents";
	/** The close of an appositive description and what may follow it before the trigger (", on Saturday"). */
	private static final java.util.regex.Pattern DESCRIBED_CLOSE = java.util.regex.Pattern.compile(
			",[^,;.\"\u201c\u201d]{0,40}");
	/** An appositive description: a determiner or possessive, then words with no list, clause or quotation mark. */
	private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile(
			"\\s*(?:the|a|an|his|her|its|their)\\s(?:(?!\\b(?:and|or|who|which|that|whose)\\b)[^,;.\"\u201c\u201d()])*");
	private static final Set<String> ADJUNCT_STARTS = Set.of("after", "before", "during", "following", "at",
			"upon", "while", "in");
	private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She", "him", "her");
	private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
	private static final Set<String> CLAUSE_BREAKS = Set.of("while", "who", "which", "whereas", "but", "although");

	/** Title words between a modifier and the person it qualifies ("US President", "UN envoy"). */
	private static final java.util.regex.Pattern TITLE_GAP = java.util.regex.Pattern.compile(
			"\\s*(?:[A-Za-z][\\w.-]*\\s+){0,3}[A-Za-z][\\w.-]*\\s*");
	/** The gap between coordinated agents ("X and Y", "X, the Y", "X and allied Y", "X and its allied Y"). */
	private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
			"(?:and|,)(?: the| its| their)?(?: allied)?");
	/** A conjunction and the title of the next conjunct ("and US President", ", Turkish Foreign Minister"). */
	private static final java.util.regex.Pattern TITLED_CONJUNCT = java.util.regex.Pattern.compile(
			"(?:,|and|, and)(?: the| his| her| its)?(?: [A-Z][\\w.-]*| counterparts?){1,4}");
	private static final java.util.regex.Pattern PARTICIPLE_CLAUSE = java.util.regex.Pattern.compile(
			",\\s*(?:while |before |after )?[a-z]+ing\\b");

	private final ExtractionData data;
	private final TriggerMatcher triggers;

	private final CodeRefiner refiner;

	public RelationExtractor(ExtractionData data) {
		this.data = data;
		this.triggers = new TriggerMatcher(data);
		this.refiner = new CodeRefiner(PetrarchDictionaries.verbs());
	}

	public List<ExtractedRelationship> read(AnalyzedText text, DocActors actors) {
		List<ExtractedRelationship> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String t = text.matchText();
		for (Sentence s : text.sentences()) {
			if (!mayRelate(t, actors, s)) {
				continue; // nothing to relate, and no part-of-speech tagging to pay for
			}
			for (EventTrigger trig : triggers.find(text, s)) {
				int tb = text.tokens().get(trig.first()).begin();
				int te = text.tokens().get(trig.end() - 1).end();
				if (actors.at(tb) != null) {
					continue;
				}
				List<ActorMention> agents;
				List<ActorMention> targets;
				List<ActorMention> byAgents = byAgents(t, actors, s, te);
				if (!byAgents.isEmpty()) {
					// "airstrikes by the United States, Britain and France on Syrian government positions"
					agents = byAgents;
					ActorMention lastAgent = byAgents.get(byAgents.size() - 1);
					targets = directTargets(t, actors, s, lastAgent.end());
					if (targets.isEmpty()) {
						targets = passiveTarget(t, actors, s, tb); // "Syrian army troops, backed by Russian warplanes"
					}
				} else {
					agents = agents(t, actors, s, tb);
					ActorMention subject = TextCursor.of(t).previousWord(tb).equals("and")
							? sentenceSubject(t, actors, s, tb) : null;
					if (subject != null && agents.size() <= 1) {
						agents = List.of(subject); // "Macron spoke with Putin and asked him": the subject acts again
					}
					if (agents.isEmpty()) {
						agents = mainSubjectAfterOpeningPhrase(t, actors, s, te);
					}
					targets = trig.pattern().hasWildcard() ? actors.within(tb, te) : List.of();
					if (targets.isEmpty() && !agents.isEmpty()) {
						targets = objectPronoun(t, actors, te, agents.get(0));
					}
					if (targets.isEmpty()) {
						targets = targets(t, actors, s, te);
					}
				}
				CameoPattern p = trig.pattern();
				if (agents.isEmpty()) {
					continue;
				}
				if (targets.isEmpty() && p.symmetric() && agents.size() > 1) {
					for (ActorMention a : agents) {
						for (ActorMention b : agents) {
							add(text, a, b, p, a, b, tb, te, seen, out);
						}
					}
					continue;
				}
				boolean mirrored = MeetingParties.mirrored(p.code(), p.lemmas().isEmpty() ? "" : p.lemmas().get(0),
						p.symmetric()); // hosting one way
				if (mirrored && targets.size() > 1 && MeetingParties.between(t, tb, targets.get(0).begin())) {
					// "Turkey has hosted talks between Ethiopia and Somalia": they meet; whether Turkey hosts or
					// brokers them its own verb tells ("UN welcomed talks between X and Y": no party)
					for (ActorMention a : targets) {
						for (ActorMention b : targets) {
							add(text, a, b, p, a, b, tb, te, seen, out);
						}
					}
					continue;
				}
				for (ActorMention a : agents) {
					for (ActorMention b : targets) {
						add(text, a, b, p, a, b, tb, te, seen, out);
						if (mirrored) {
							add(text, b, a, p, a, b, tb, te, seen, out);
						}
					}
				}
			}
		}
		return out;
	}

	private void add(AnalyzedText text, ActorMention from, ActorMention to, CameoPattern p, ActorMention first,
			ActorMention last, int triggerBegin, int triggerEnd, Set<String> seen, List<ExtractedRelationship> out) {
		DocActor f = from.actor();
		DocActor g = to.actor();
		if (f == g || f.kind() == ActorKind.MEDIA || g.kind() == ActorKind.MEDIA) {
			return;
		}
		if (ownState(f, g) || ownState(g, f)) {
			return; // "Araghchi reaffirmed Iran's commitment": a state's own officials and bodies act for it, not on it
		}
		if (!seen.add(f.name() + "|" + g.name() + "|" + p.code())) {
			return;
		}
		int b = Math.min(Math.min(first.begin(), last.begin()), triggerBegin);
		int e = Math.max(Math.max(first.end(), last.end()), triggerEnd);
		double conf = 0.6 - Math.min(0.3, (e - b) / 400.0);
		String code = p.code();
		if (p.verb() && !p.lemmas().isEmpty()) {
			int windowEnd = Math.min(text.body().length(), Math.max(triggerEnd, Math.min(e, triggerEnd + 120)));
			List<String> after = List.of(text.body().substring(triggerEnd, windowEnd).split("[^\\p{L}'-]+"));
			code = refiner.refine(p.code(), p.lemmas().get(0), after);
		}
		out.add(new ExtractedRelationship(f.name(), g.name(), code, TextSpan.of(text.body(), b, e), conf));
	}

	/**
	 * Whether {@code part} belongs to the state {@code whole} ({@code relations.window-own-state}): its officials and
	 * bodies act for it, not on it; the parse reader's own test ({@link ParsedRelationReader#partOf}), so both paths
	 * leave such pairs out alike (armed groups of the country are no organ of it).
	 */
	private static boolean ownState(DocActor part, DocActor whole) {
		boolean yes = ParsedRelationReader.partOf(part, whole) && Mechanisms.on("relations.window-own-state");
		Mechanisms.fired("relations.window-own-state", yes ? 1 : 0);
		return yes;
	}

	private List<ActorMention> agents(String t, DocActors actors, Sentence s, int triggerBegin) {
		List<ActorMention> before = actors.within(Math.max(s.begin(), triggerBegin - MAX_GAP), triggerBegin);
		List<ActorMention> out = new ArrayList<>();
		String between;
		if (!before.isEmpty()) {
			ActorMention last = before.get(before.size() - 1);
			between = t.substring(last.end(), triggerBegin);
			if (RELATIVE.matcher(between).matches()) {
				return List.of(last);
			}
			if (NAMED_APPOSITION.matcher(between).matches()) {
				return List.of(); // "the envoy to the UN, Luis Ortega, met": the agent is a name no actor holds
			}
			if (ASIDE_CLOSE.matcher(between).matches()) {
				ActorMention outer = beforeAside(t, actors, s, last);
				if (outer != null) {
					return List.of(outer);
				}
				int opening = t.lastIndexOf(',', last.begin());
				if (opening > s.begin() && between.trim().equals(",")) {
					// "the delegation, led by the envoy to the UN, accused": the agent is the phrase before the aside
					return List.of();
				}
			}
			if (reportsAClause(between)) {
				return List.of(); // "X said the kingdom supported ...": the reported clause has its own subject
			}
			ActorMention described = describedBefore(t, actors, s, last, between);
			if (described != null) {
				return List.of(described); // "Kim Yo Jong, the sister of leader Kim Jong Un, on Saturday warned"
			}
			if (hasClauseBreak(between) || between.contains("\"")) {
				if (isParticiple(t, triggerBegin) && !before.isEmpty()) {
					return List.of(before.get(0));
				}
				if (TextCursor.of(t).previousWord(triggerBegin).equals("and")) {
					// "Erdogan said ... "within days" and accused Washington": the sentence subject acts again
					ActorMention subject = sentenceSubject(t, actors, s, triggerBegin);
					if (subject != null) {
						return List.of(subject);
					}
				}
				return pronounAgent(t, actors, triggerBegin);
			}
			out.add(last);
			int headBegin = last.begin();
			for (int i = before.size() - 2; i >= 0; i--) {
				ActorMention m = before.get(i);
				String gap = t.substring(m.end(), headBegin).trim();
				if (isModifierOf(t, m, out.get(0), headBegin)) {
					headBegin = m.begin(); // "US President Donald Trump": US only qualifies Trump
					continue;
				}
				boolean titled = out.get(0).actor().kind() == ActorKind.PERSON && TITLED_CONJUNCT.matcher(gap).matches();
				boolean list = out.size() > 1 || !gap.equals(","); // "A, B and C"; "the envoy to A, B," is an apposition
				boolean adjunct = ADJUNCT_STARTS.contains(TextCursor.of(t).previousWord(m.begin()).toLowerCase());
				if (COORDINATION.matcher(gap).matches() && list && !adjunct || titled) { // not "In Ankara, A and B"

					out.add(0, m); // "Erdogan and US President Donald Trump discussed"
					headBegin = m.begin();
				} else {
					break;
				}
			}
			return out;
		}
		return pronounAgent(t, actors, triggerBegin);
	}

	/**
	 * Whether a cue verb in {@code between} opens a reported clause, so the trigger after it has its own subject;
	 * a cue followed by a time adjunct ("Putin said after three hours of talks with") does not.
	 */
	private boolean reportsAClause(String between) {
		for (PhraseIndex.Match<org.sourcebench.extract.data.Cue> m : data.cues().index().findAll(between)) {
			String next = TextCursor.of(between).nextWord(m.end()).toLowerCase();
			if (!ADJUNCT_STARTS.contains(next)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence can hold a relationship at all: two actor mentions, or one with a pronoun or a country
	 * adjective that can stand for the other end ("He met Lavrov", "Tehran condemned the Saudi move").
	 */
	private boolean mayRelate(String t, DocActors actors, Sentence s) {
		int n = actors.within(s.begin(), s.end()).size();
		if (n >= 2) {
			return true;
		}
		if (n == 0) {
			return false;
		}
		String sentence = t.substring(s.begin(), s.end());
		for (String w : sentence.split("[^A-Za-z]+")) {
			if (PRONOUNS.contains(w)) {
				return true;
			}
		}
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(sentence)) {
			if (m.value().type() == CountryTable.FormType.ADJECTIVE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The actor an appositive description before the trigger describes ({@code relations.described-agents}): the last
	 * mention before the trigger closes a comma-delimited description ("the powerful sister of leader Kim Jong Un", "a
	 * close ally of X", "whose ..." excluded) that opens right after another actor's mention, and only a comma and at
	 * most a short adjunct or the trigger's own clause words stand between it and the trigger: the agent is the
	 * described actor, not the one its description names. Null otherwise.
	 */
	private static ActorMention describedBefore(String t, DocActors actors, Sentence s, ActorMention last,
			String between) {
		if (!between.startsWith(",") || !DESCRIBED_CLOSE.matcher(between).matches()
				|| !Mechanisms.on(DESCRIBED_AGENTS)) {
			return null;
		}
		ActorMention outer = beforeAside(t, actors, s, last);
		if (outer == null || outer.actor() == last.actor()) {
			return null;
		}
		String aside = t.substring(outer.end() + 1, last.begin());
		if (!DESCRIPTION.matcher(aside).matches()) {
			return null;
		}
		Mechanisms.fired(DESCRIBED_AGENTS, 1);
		return outer;
	}

	/** The mention that ends right at the comma opening the aside that contains {@code inner}, or null. */
	private static ActorMention beforeAside(String t, DocActors actors, Sentence s, ActorMention inner) {
		int comma = t.lastIndexOf(',', inner.begin());
		if (comma <= s.begin()) {
			return null;
		}
		ActorMention m = actors.at(comma - 1);
		return m != null && m.end() == comma ? m : null;
	}

	/** "X, backed by Y" / "X was backed by Y": the patient of a passive trigger is the mention before it. */
	private static List<ActorMention> passiveTarget(String t, DocActors actors, Sentence s, int triggerBegin) {
		String w = TextCursor.of(t).nextWord(triggerBegin).toLowerCase();
		if (!w.endsWith("ed")) {
			return List.of();
		}
		List<ActorMention> before = actors.within(s.begin(), triggerBegin);
		if (before.isEmpty()) {
			return List.of();
		}
		ActorMention last = before.get(before.size() - 1);
		String gap = t.substring(last.end(), triggerBegin).trim();
		return gap.matches(",|(?:was|were|is|are|been|being|has been|have been|had been)") ? List.of(last) : List.of();
	}

	/** "asked him": an object pronoun is the last person named before the trigger other than the agent. */
	private static List<ActorMention> objectPronoun(String t, DocActors actors, int triggerEnd, ActorMention agent) {
		if (!OBJECT_PRONOUNS.contains(TextCursor.of(t).nextWord(triggerEnd).toLowerCase())) {
			return List.of();
		}
		ActorMention m = actors.lastBefore(triggerEnd,
				a -> a.kind() == ActorKind.PERSON && a != agent.actor());
		return m == null ? List.of() : List.of(m);
	}

	/** The actor that opens the sentence (after at most four words, no comma), or null. */
	private static ActorMention sentenceSubject(String t, DocActors actors, Sentence s, int limit) {
		List<ActorMention> ms = actors.within(s.begin(), limit);
		if (ms.isEmpty()) {
			return null;
		}
		ActorMention first = ms.get(0);
		String lead = t.substring(s.begin(), first.begin());
		if (lead.contains(",") || lead.trim().split("\\s+").length > 4) {
			return null;
		}
		// a qualifier such as "Turkish President" or "US" before a person: the person is the subject
		for (int i = 1; i < ms.size() && isModifierOf(t, ms.get(i - 1), ms.get(i), ms.get(i).begin()); i++) {
			first = ms.get(i);
		}
		return first;
	}

	/** Whether {@code m} only qualifies the person {@code head} that follows after title words ("UN envoy"). */
	private static boolean isModifierOf(String t, ActorMention m, ActorMention head, int headBegin) {
		if (head.actor().kind() != ActorKind.PERSON || m.actor().kind() == ActorKind.PERSON || m.end() > headBegin) {
			return false;
		}
		String gap = t.substring(m.end(), headBegin);
		return !gap.contains(",") && !gap.contains(" and ") && TITLE_GAP.matcher(gap).matches();
	}

	/** A nominal trigger followed by "by X, Y and Z": those are the agents. */
	private List<ActorMention> byAgents(String t, DocActors actors, Sentence s, int triggerEnd) {
		int b = TextCursor.of(t).skipSpaces(triggerEnd);
		if (!t.startsWith("by ", b)) {
			return List.of();
		}
		List<ActorMention> after = actors.within(b, Math.min(s.end(), b + MAX_GAP));
		List<ActorMention> out = new ArrayList<>();
		if (after.isEmpty() || !t.substring(b + 3, after.get(0).begin()).trim().matches("(?:the)?")) {
			return out;
		}
		out.add(after.get(0));
		for (int i = 1; i < after.size(); i++) {
			String gap = t.substring(after.get(i - 1).end(), after.get(i).begin()).trim();
			if (gap.matches(",|and|, and|and the|, the|, and the")) {
				out.add(after.get(i));
			} else {
				break;
			}
		}
		return out;
	}

	/** "After a meeting with X, Zarif stressed ...": the agent of an opening phrase is the main clause subject. */
	private static List<ActorMention> mainSubjectAfterOpeningPhrase(String t, DocActors actors, Sentence s, int te) {
		int comma = t.indexOf(", ", te);
		if (comma < 0 || comma >= s.end()) {
			return List.of();
		}
		String opening = t.substring(s.begin(), Math.min(s.end(), s.begin() + 12)).toLowerCase();
		if (!opening.matches("^(?:after|during|following|before|speaking|talking|in|at|upon|on)\\b.*")) {
			return List.of();
		}
		ActorMention m = actors.at(comma + 2);
		if (m == null && t.startsWith("the ", comma + 2)) {
			m = actors.at(comma + 6);
		}
		return m == null ? List.of() : List.of(m);
	}

	/** "He is ready for dialogue": a pronoun subject just before the trigger is the last person named. */
	private static List<ActorMention> pronounAgent(String t, DocActors actors, int triggerBegin) {
		int pos = triggerBegin;
		for (int i = 0; i < 4; i++) {
			String w = TextCursor.of(t).previousWord(pos);
			int ws = TextCursor.of(t).previousWordStart(pos);
			if (ws < 0) {
				break;
			}
			if (w.equals("he") || w.equals("she")) {
				ActorMention m = actors.lastBefore(ws, a -> a.kind() == ActorKind.PERSON);
				return m == null ? List.of() : List.of(m);
			}
			pos = ws;
		}
		return List.of();
	}

	private List<ActorMention> targets(String t, DocActors actors, Sentence s, int triggerEnd) {
		List<ActorMention> after = actors.within(triggerEnd, Math.min(s.end(), triggerEnd + MAX_GAP));
		List<ActorMention> out = new ArrayList<>();
		if (after.isEmpty() || hasClauseBreak(t.substring(triggerEnd, after.get(0).begin()))) {
			ActorMention adjectival = adjectivalTarget(t, actors, triggerEnd);
			return adjectival == null ? out : List.of(adjectival);
		}
		int first = 0;
		while (first + 1 < after.size()
				&& isModifierOf(t, after.get(first), after.get(first + 1), after.get(first + 1).begin())) {
			first++; // "talks with UN envoy Staffan de Mistura": the envoy, not the UN
		}
		ActorMention head = after.get(first);
		String lead = t.substring(triggerEnd, head.begin());
		if (lead.contains(",") && isSpeakerOfReport(t, head.end())) {
			return out; // "..., the Turkish presidency said": the reporter is no target
		}
		if (lead.contains("\"")) {
			return out; // the quotation ends (or starts) in between: its speaker is no target
		}
		if (lead.matches(".*\\b(?:that|which|who|whose)\\b.*")
				|| lead.trim().split("\\s+").length > 2 && isPossessive(t, head.end())) {
			return out; // "opposed any deal that undermined Syria's ...", "interference in Syria's affairs"
		}
		out.add(head);
		for (int i = first + 1; i < after.size(); i++) {
			String gap = t.substring(after.get(i - 1).end(), after.get(i).begin()).trim();
			if (gap.matches("and|and the|and his|and its|,|, and|, the|, and the")) {
				out.add(after.get(i));
			} else {
				break;
			}
		}
		return out;
	}

	/** "airstrikes by X on Y" / "by X against Y": only a target right after the agents counts. */
	private List<ActorMention> directTargets(String t, DocActors actors, Sentence s, int agentsEnd) {
		List<ActorMention> ts = targets(t, actors, s, agentsEnd);
		if (ts.isEmpty()) {
			return ts;
		}
		String gap = t.substring(agentsEnd, ts.get(0).begin()).trim();
		return gap.matches("(?:on|against|targeting)(?: the)?") ? ts : List.of();
	}

	private static boolean isPossessive(String t, int end) {
		return t.startsWith("'s", end) || t.startsWith("\u2019s", end) || t.startsWith("' ", end);
	}

	/** Whether a cue verb follows right after {@code offset} ("..., SANA reported"). */
	private boolean isSpeakerOfReport(String t, int offset) {
		String next = TextCursor.of(t).nextWord(offset).toLowerCase();
		if (next.endsWith(".")) {
			next = next.substring(0, next.length() - 1);
		}
		return !next.isEmpty() && !data.cues().index().findAll(next).isEmpty();
	}

	/** "criticised the Saudi move": a country adjective right after the trigger names the state target. */
	private ActorMention adjectivalTarget(String t, DocActors actors, int triggerEnd) {
		int b = TextCursor.of(t).skipSpaces(triggerEnd);
		if (t.startsWith("the ", b)) {
			b += 4;
		}
		List<PhraseIndex.Match<CountryTable.Form>> ms = new ArrayList<>();
		data.countries().index().matchAt(t, b, ms);
		for (PhraseIndex.Match<CountryTable.Form> m : ms) {
			if (m.value().type() == CountryTable.FormType.ADJECTIVE) {
				DocActor state = actors.byName(m.value().country().name());
				if (state != null && state.kind() == ActorKind.STATE && !state.spans().isEmpty()) {
					return new ActorMention(m.begin(), m.end(), state);
				}
			}
		}
		return null;
	}

	/** "..., while branding": a participle clause has the sentence subject as agent. */
	private static boolean isParticiple(String t, int triggerBegin) {
		String w = TextCursor.of(t).nextWord(triggerBegin);
		return w.endsWith("ing");
	}

	private static boolean hasClauseBreak(String gap) {
		if (gap.contains(";") || gap.contains(". ") || PARTICIPLE_CLAUSE.matcher(gap).find()) {
			return true;
		}
		for (String w : gap.toLowerCase().split("[^a-z]+")) {
			if (CLAUSE_BREAKS.contains(w)) {
				return true;
			}
		}
		return false;
	}
}
