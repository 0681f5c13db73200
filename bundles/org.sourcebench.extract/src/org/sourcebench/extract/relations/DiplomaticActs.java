package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Diplomatic acts ({@code diplomatic-acts.tsv}): what a state does to another's envoy or to its links with another
 * state, read on the parse. Read top to bottom:
 * <ol>
 * <li><b>The act.</b> A verb of the table, asserted (no negation, modal or infinitive above it): an act on an envoy
 * ("summoned Iran's ambassador", "expelled the Cuban envoy", "recalled its ambassador in Algeria"), a cut link
 * ("severed ties with X", "closed the border with X"), or a verb whose complement declares its object "persona non
 * grata".</li>
 * <li><b>The agent.</b> The verb's subject (its passive agent; for "it"/"they", the subject of the reporting verb
 * above: "X said it had closed the border").</li>
 * <li><b>The target.</b> For a summons or expulsion, the envoy: the person the object names ("Ambassador Jane Doe"),
 * else the mission an official of it serves ("an official of the Y High Commission"), else the person the
 * document names elsewhere as that country's envoy (an envoy the document does not name makes no act: the
 * guidelines' target is the envoy, not the country). For a recall, the state the envoy serves in ("in/to/from
 * Y"). For a cut link, the "with" partner.</li>
 * <li><b>The other readings</b> of the same verb by the same agent (the dictionary's "expel" aimed at the envoy's
 * country, "close border" as a blockade, "sever ties" entered both ways) give way to the act.</li>
 * </ol>
 * Immutable after construction; safe to share between threads.
 */
final class DiplomaticActs {

	static final String MECHANISM = "relations.diplomacy";

	/**
	 * What a verb of the table does: its code, whether the target is the envoy, and the roots of the verb's other
	 * readings that the act replaces.
	 */
	private record Act(String code, boolean onEnvoy, Set<String> replaces) {
	}

	/** A verb that cuts links: its code, the link nouns it takes and the roots of the readings it replaces. */
	private record Cut(String code, Set<String> links, Set<String> replaces) {
	}

	private static final Set<String> HOST_CASES = Set.of("in", "to", "from", "at");
	private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they", "he", "she");

	private final Set<String> envoys = new HashSet<>();
	private final Set<String> missions = new HashSet<>();
	private final Map<String, Act> acts = new HashMap<>();
	private final Map<String, Cut> cuts = new HashMap<>();
	private final List<List<String>> labels = new ArrayList<>();
	private final List<String> labelCodes = new ArrayList<>();
	private final WordForms forms;
	private final CountryTable countries;
	/** Modals, negations and conditions of {@code event-words.tsv}: what leaves an act unasserted. */
	private final EventWords words;

	DiplomaticActs(WordForms forms, CountryTable countries, EventWords words) {
		this.forms = forms;
		this.countries = countries;
		this.words = words;
		for (String[] r : DataFile.rows("diplomatic-acts.tsv", 5)) {
			Set<String> replaces = Set.copyOf(DataFile.list(DataFile.cell(r, 4)));
			switch (r[0]) {
				case "envoy" -> envoys.add(r[1]);
				case "mission" -> missions.add(r[1]);
				case "act" -> acts.put(r[1], new Act(r[2], r[3].equals("envoy"), replaces));
				case "cut" -> cuts.put(r[1], new Cut(r[2], Set.copyOf(DataFile.list(r[3])), replaces));
				case "label" -> {
					labels.add(List.of(r[1].split(" ")));
					labelCodes.add(r[2]);
				}
				default -> throw new IllegalStateException("diplomatic-acts.tsv: unknown class " + r[0]);
			}
		}
	}

	/**
	 * One act read: the verb, its code, the agents' and the target's actors, and the actors another reading of the
	 * verb may have taken for its target (the envoy's country, a recalled envoy).
	 */
	private record Reading(int verb, String code, List<DocActor> agents, DocActor target, List<DocActor> displaced,
			Set<String> replaces) {
	}

	/** Adds the diplomatic acts of {@code sentences} to {@code out}, replacing other readings of their verbs. */
	void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on(MECHANISM)) {
			return;
		}
		Envoys namedEnvoys = namedEnvoys(sentences, actors);
		int fired = 0;
		for (ParsedSentence s : sentences) {
			for (int v = 0; v < s.size(); v++) {
				Reading r = reading(s, v, actors, namedEnvoys);
				if (r != null && asserted(s, r.verb())) {
					emit(body, s, r, out);
					fired++;
				}
			}
		}
		Mechanisms.fired(MECHANISM, fired);
	}

	// ---- step 1: the act ---------------------------------------------------------------------------------------

	private Reading reading(ParsedSentence s, int v, DocActors actors, Envoys namedEnvoys) {
		int label = labelAt(s, v);
		if (label >= 0) {
			return labelled(s, v, label, actors, namedEnvoys);
		}
		if (!s.pos(v).equals("VERB")) {
			return null;
		}
		for (String lemma : lemmas(s, v)) {
			Act act = acts.get(lemma);
			if (act != null) {
				return onEnvoy(s, v, act, actors, namedEnvoys);
			}
			Cut cut = cuts.get(lemma);
			if (cut != null) {
				return cutLink(s, v, cut, actors);
			}
		}
		return null;
	}

	/**
	 * The lemmas a verb may have in the table: the parser's, the word-form table's, and the word with an inflection
	 * taken off ("expelled": the parser may give "expell").
	 */
	private List<String> lemmas(ParsedSentence s, int v) {
		Set<String> out = new LinkedHashSet<>();
		String w = lower(s.word(v));
		out.add(lower(s.lemma(v)));
		out.add(forms.lemma(s.word(v)));
		for (String suffix : new String[] {"ed", "ing", "s", "d"}) {
			if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
				String stem = w.substring(0, w.length() - suffix.length());
				out.add(stem);
				int n = stem.length();
				if (stem.charAt(n - 1) == stem.charAt(n - 2)) {
					out.add(stem.substring(0, n - 1)); // "expelled" → "expel"
				}
			}
		}
		return new ArrayList<>(out);
	}

	/**
	 * Whether the act at {@code v} is asserted: no negation or modal on it (the event words', and "must": an
	 * obligation is no act), no infinitive or condition above it.
	 */
	private boolean asserted(ParsedSentence s, int v) {
		for (int c : s.children(v)) {
			String w = lower(s.word(c));
			if (s.deprel(c).startsWith("aux") && (words.in("modal", w) || w.equals("must")) || words.in("negation", w)
					|| s.deprel(c).equals("mark") && (w.equals("to") || words.in("condition", w))) {
				return false;
			}
		}
		String rel = s.deprel(v);
		return !rel.equals("xcomp") && !rel.equals("csubj");
	}

	// ---- step 2: the agent -------------------------------------------------------------------------------------

	private List<DocActor> agents(ParsedSentence s, int v, EventCoder.Clause frame, DocActors actors) {
		List<Integer> heads = frame.passive ? frame.agents : frame.subjects;
		List<DocActor> out = new ArrayList<>();
		for (int h : heads) {
			int at = h;
			if (s.pos(h).equals("PRON") && REPORTED_PRONOUNS.contains(lower(s.word(h)))) {
				at = reporter(s, v); // "Burundi said it had closed the border"
				if (at < 0) {
					continue;
				}
			}
			DocActor a = agentOf(s, at, actors);
			if (a != null && !out.contains(a)) {
				out.add(a);
			}
		}
		return out;
	}

	/** The non-pronoun subject of the reporting verb whose clausal complement holds {@code v}, or -1. */
	private static int reporter(ParsedSentence s, int v) {
		int c = v;
		for (int guard = 0; c >= 0 && guard < 4; guard++) {
			String rel = s.deprel(c);
			if (rel.equals("ccomp") && s.head(c) >= 0) {
				for (int subj : s.children(s.head(c), "nsubj")) {
					if (!s.pos(subj).equals("PRON")) {
						return subj;
					}
				}
				return -1;
			}
			if (!rel.equals("conj")) {
				return -1;
			}
			c = s.head(c);
		}
		return -1;
	}

	// ---- step 3: the target ------------------------------------------------------------------------------------

	/** A summons, expulsion or recall whose object is an envoy (or an official of a mission); null otherwise. */
	private Reading onEnvoy(ParsedSentence s, int v, Act act, DocActors actors, Envoys namedEnvoys) {
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		List<Integer> objects = frame.passive ? frame.subjects : frame.objects;
		if (objects.isEmpty()) {
			return null;
		}
		int o = objects.get(0);
		int envoy = envoyNoun(s, o);
		if (envoy < 0) {
			int mission = missionOf(s, o);
			if (mission < 0 || !act.onEnvoy()) {
				return null;
			}
			DocActor post = actorOf(s, mission, actors); // "an official of the Y High Commission": the mission
			List<DocActor> agents = agents(s, v, frame, actors);
			return post == null || post.kind() == ActorKind.STATE || agents.isEmpty() ? null
					: new Reading(v, act.code(), agents, post, List.of(), act.replaces());
		}
		List<DocActor> agents = agents(s, v, frame, actors);
		if (agents.isEmpty()) {
			return null;
		}
		DocActor country = envoyCountry(s, o, envoy, agents, actors);
		DocActor target;
		List<DocActor> displaced = new ArrayList<>();
		if (country != null) {
			displaced.add(country);
		}
		if (act.onEnvoy()) {
			target = envoy(s, o, envoy, country, actors, namedEnvoys);
		} else {
			target = host(s, o, envoy, frame, actors, country);
			DocActor recalled = person(s, o, actors);
			if (recalled != null) {
				displaced.add(recalled); // "withdrawing Ambassador Jane Doe from Y" is no act on her
			}
		}
		return target == null ? null : new Reading(v, act.code(), agents, target, displaced, act.replaces());
	}

	/**
	 * The envoy the phrase {@code o} (with envoy noun {@code envoy}) names: the person it names, else the person the
	 * document names as the country's envoy; null when the document names no such person.
	 */
	private DocActor envoy(ParsedSentence s, int o, int envoy, DocActor country, DocActors actors,
			Envoys namedEnvoys) {
		DocActor target = person(s, o, actors);
		if (target == null && country != null) {
			target = namedEnvoys.of(country.iso());
		}
		return target;
	}

	/** The envoy noun of the object phrase {@code o}: its head, or the title before a name ("Ambassador Jane Doe"). */
	private int envoyNoun(ParsedSentence s, int o) {
		if (envoys.contains(lower(s.lemma(o))) || envoys.contains(lower(s.word(o)))) {
			return o;
		}
		for (int c : s.children(o)) {
			String rel = s.deprel(c);
			if (c < o && (rel.equals("nmod:desc") || rel.equals("compound") || rel.equals("amod"))
					&& (envoys.contains(lower(s.lemma(c))) || envoys.contains(lower(s.word(c))))) {
				return c;
			}
		}
		return -1;
	}

	/** The mission noun an object serves in ("an official of/in the Y embassy"), or -1. */
	private int missionOf(ParsedSentence s, int o) {
		for (int c : s.children(o, "nmod")) {
			String prep = EventCoder.Clause.caseWord(s, c);
			if ((prep.equals("of") || prep.equals("in") || prep.equals("at"))
					&& missions.contains(lower(s.lemma(c)))) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * The state the envoy represents: the country its possessor, adjective or compound names ("Iran's", "the
	 * Japanese", "the Pakistan"); "its/their" envoy is the agent's own.
	 */
	private DocActor envoyCountry(ParsedSentence s, int o, int envoy, List<DocActor> agents, DocActors actors) {
		for (int head : new int[] {envoy, o}) {
			for (int c : s.children(head)) {
				String rel = s.deprel(c);
				if (c > head || !(rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) {
					continue;
				}
				if (s.pos(c).equals("PRON")) {
					return agents.get(0).iso().isEmpty() ? null : stateOf(agents.get(0).iso(), actors);
				}
				Country k = country(s.word(c));
				if (k != null) {
					DocActor state = stateOf(k.iso(), actors);
					if (state != null) {
						return state;
					}
				}
				DocActor named = actorOf(s, c, actors);
				if (named != null && named.kind() == ActorKind.STATE) {
					return named;
				}
			}
		}
		return null;
	}

	/** A person the object phrase names ("the ambassador, Jane Doe", "Ambassador Jane Doe"), or null. */
	private static DocActor person(ParsedSentence s, int o, DocActors actors) {
		List<Integer> tokens = EventCoder.phrase(s, o);
		for (ActorMention m : actors.within(s.start(tokens.get(0)), s.end(tokens.get(tokens.size() - 1)))) {
			if (m.actor().kind() == ActorKind.PERSON) {
				return m.actor();
			}
		}
		return null;
	}

	/** The state a recalled envoy served in: "in/to/from/at Y" on the envoy or the verb, not the envoy's own. */
	private DocActor host(ParsedSentence s, int o, int envoy, EventCoder.Clause frame, DocActors actors,
			DocActor own) {
		List<Integer> phrases = new ArrayList<>();
		for (int head : new int[] {o, envoy}) {
			for (int c : s.children(head, "nmod")) {
				if (HOST_CASES.contains(EventCoder.Clause.caseWord(s, c))) {
					phrases.add(c);
				}
			}
		}
		for (int[] pp : frame.preps) {
			if (pp[0] >= 0 && lower(s.word(pp[0])).equals("from")) {
				phrases.add(pp[1]);
			}
		}
		for (int p : phrases) {
			DocActor a = actorOf(s, p, actors);
			if (a == null) {
				Country k = country(s.word(p));
				a = k == null ? null : stateOf(k.iso(), actors);
			}
			if (a != null && a != own && a.kind() == ActorKind.STATE) {
				return a;
			}
		}
		return null;
	}

	/** Ties, relations or a border cut with a "with" partner. */
	private Reading cutLink(ParsedSentence s, int v, Cut cut, DocActors actors) {
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		for (int o : frame.passive ? frame.subjects : frame.objects) {
			String noun = lower(s.lemma(o));
			if (!cut.links().contains(noun) && !cut.links().contains(noun.replaceAll("s$", ""))) {
				continue;
			}
			List<Integer> partners = new ArrayList<>();
			for (int[] pp : frame.preps) {
				if (pp[0] >= 0 && lower(s.word(pp[0])).equals("with")) {
					EventCoder.Clause.withConj(s, pp[1], partners);
				}
			}
			List<DocActor> agents = agents(s, v, frame, actors);
			for (int p : partners) {
				DocActor a = actorOf(s, p, actors);
				if (a == null) {
					Country k = country(s.word(p));
					a = k == null ? null : stateOf(k.iso(), actors);
				}
				if (a != null && !agents.isEmpty() && !agents.contains(a)) {
					return new Reading(v, cut.code(), agents, a, List.of(), cut.replaces());
				}
			}
		}
		return null;
	}

	/** The first word of a label phrase ("persona non grata") at {@code t}, as its index in the table; or -1. */
	private int labelAt(ParsedSentence s, int t) {
		for (int i = 0; i < labels.size(); i++) {
			List<String> words = labels.get(i);
			if (t + words.size() > s.size()) {
				continue;
			}
			boolean all = true;
			for (int k = 0; k < words.size() && all; k++) {
				all = lower(s.word(t + k)).equals(words.get(k));
			}
			if (all) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * "declared/labeled X (as) persona non grata": the verb above the phrase declares unwelcome its object if that is
	 * an envoy ("the Cuban envoy"), else the first actor between the verb and the phrase that is no state.
	 */
	private Reading labelled(ParsedSentence s, int at, int label, DocActors actors, Envoys namedEnvoys) {
		int v = s.head(at);
		for (int guard = 0; v >= 0 && guard < 4 && !s.pos(v).equals("VERB"); guard++) {
			v = s.head(v);
		}
		if (v < 0 || !s.pos(v).equals("VERB") || v > at) {
			return null;
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		List<DocActor> agents = agents(s, v, frame, actors);
		if (agents.isEmpty()) {
			return null;
		}
		DocActor target = null;
		for (int o : frame.objects) {
			int envoy = o <= at ? envoyNoun(s, o) : -1; // "the Cuban envoy persona non grata": one phrase
			if (envoy >= 0) {
				target = envoy(s, o, envoy, envoyCountry(s, o, envoy, agents, actors), actors, namedEnvoys);
			}
		}
		for (ActorMention m : target != null ? List.<ActorMention>of() : actors.within(s.end(v), s.start(at))) {
			if (m.actor().kind() != ActorKind.STATE) {
				target = m.actor();
				break;
			}
		}
		return target == null ? null : new Reading(v, labelCodes.get(label), agents, target, List.of(), Set.of());
	}

	// ---- step 4: the relationships -----------------------------------------------------------------------------

	/** Enters the act from each agent; removes the other readings of its verb by those agents. */
	private static void emit(String body, ParsedSentence s, Reading r, List<ExtractedRelationship> out) {
		int verb = s.start(r.verb());
		for (DocActor agent : r.agents()) {
			if (agent == r.target() || agent.kind() == ActorKind.MEDIA) {
				continue;
			}
			String from = agent.name();
			String to = r.target().name();
			String root = r.code().substring(0, 2);
			out.removeIf(x -> x.evidence().begin() <= verb && verb < x.evidence().end()
					&& (x.from().equals(from) && r.replaces().contains(x.root())
							&& !(x.to().equals(to) && x.root().equals(root))
							&& (x.to().equals(to) || r.displaced().stream().anyMatch(d -> d.name().equals(x.to())))
							|| x.from().equals(to) && x.to().equals(from) && x.root().equals(root)));
			if (out.stream().anyMatch(x -> x.from().equals(from) && x.to().equals(to) && x.root().equals(root))) {
				continue;
			}
			TextSpan sentence = TextSpan.of(body, s.start(0), s.end(s.size() - 1));
			out.add(new ExtractedRelationship(from, to, r.code(), sentence, 0.6));
		}
	}

	// ---- helpers -----------------------------------------------------------------------------------------------

	/** The actor a phrase names ({@link SpeechActs#actorOf}: the mention on its head, else the first inside it). */
	private static DocActor actorOf(ParsedSentence s, int h, DocActors actors) {
		ActorMention m = SpeechActs.actorOf(s, h, actors);
		return m == null ? null : m.actor();
	}

	/**
	 * The actor a subject names: the mention on its head or one of the words before it ("Iraq's Foreign Ministry"),
	 * not one in a phrase after the head (a misparsed "in response summoned" has no agent in "response").
	 */
	private static DocActor agentOf(ParsedSentence s, int h, DocActors actors) {
		ActorMention head = actors.at(s.start(h));
		if (head != null) {
			return head.actor();
		}
		List<ActorMention> before = actors.within(s.start(EventCoder.phrase(s, h).get(0)), s.end(h));
		return before.isEmpty() ? null : before.get(before.size() - 1).actor();
	}

	/** The country a word names or qualifies as a whole ("Iran", "Iranian", "Iran's"), not by its capital. */
	private Country country(String word) {
		String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
		return countries.wholeNot(w, CountryTable.FormType.CAPITAL);
	}

	/** The document's state actor of a country, or null. */
	private static DocActor stateOf(String iso, DocActors actors) {
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.STATE && iso.equals(a.iso())) {
				return a;
			}
		}
		return null;
	}

	/**
	 * The persons a document introduces as envoys: by the country they represent, and those whose country it does
	 * not say ("Ambassador Jane Doe").
	 */
	private record Envoys(Map<String, DocActor> byIso, List<DocActor> floating) {

		/**
		 * The envoy of the country {@code iso}: the one introduced as such, else, in a document whose only envoy is of
		 * no stated country, that one.
		 */
		DocActor of(String iso) {
			return byIso.isEmpty() && floating.size() == 1 ? floating.get(0) : byIso.get(iso);
		}
	}

	/**
	 * The persons the document introduces as envoys: a person's name with an envoy title ("the Japanese ambassador
	 * Jane Doe", "Ambassador Jane Doe"); the country is the title's (its adjective or possessor), else the person's,
	 * else, for the object of a recall, the recalling agent's. A country with two such persons has none.
	 */
	private Envoys namedEnvoys(List<ParsedSentence> sentences, DocActors actors) {
		Map<String, DocActor> byIso = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		List<DocActor> floating = new ArrayList<>();
		for (ParsedSentence s : sentences) {
			for (int t = 0; t < s.size(); t++) {
				if (!envoys.contains(lower(s.lemma(t))) && !envoys.contains(lower(s.word(t)))) {
					continue;
				}
				int named = s.head(t);
				if (named < 0 || !(s.deprel(t).equals("nmod:desc") || s.deprel(t).equals("compound"))) {
					continue;
				}
				ActorMention m = actors.at(s.start(named));
				if (m == null || m.actor().kind() != ActorKind.PERSON) {
					continue;
				}
				String iso = "";
				for (int c : s.children(t)) {
					Country k = c < t ? country(s.word(c)) : null;
					iso = k == null ? iso : k.iso();
				}
				iso = iso.isEmpty() ? m.actor().iso() : iso;
				if (iso.isEmpty() && recalled(s, named)) {
					iso = recallerOf(s, named, actors);
					if (iso.isEmpty()) {
						continue; // recalled by an agent the parse does not give: of its country, not of any
					}
				}
				if (iso.isEmpty()) {
					if (!floating.contains(m.actor())) {
						floating.add(m.actor());
					}
					continue;
				}
				DocActor prior = byIso.putIfAbsent(iso, m.actor());
				if (prior != null && prior != m.actor()) {
					ambiguous.add(iso);
				}
			}
		}
		ambiguous.forEach(byIso::remove);
		floating.removeIf(byIso::containsValue);
		return new Envoys(byIso, floating);
	}

	/** Whether {@code o} is the object of a recall ("X is withdrawing Ambassador Jane Doe"). */
	private boolean recalled(ParsedSentence s, int o) {
		int v = s.head(o);
		if (v < 0 || !s.deprel(o).equals("obj")) {
			return false;
		}
		for (String lemma : lemmas(s, v)) {
			Act act = acts.get(lemma);
			if (act != null) {
				return !act.onEnvoy();
			}
		}
		return false;
	}

	/** The country of the agent that recalls the object {@code o}, or "". */
	private String recallerOf(ParsedSentence s, int o, DocActors actors) {
		int v = s.head(o);
		List<DocActor> agents = agents(s, v, new EventCoder.Clause(s, v), actors);
		return agents.isEmpty() ? "" : agents.get(0).iso();
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
