package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The actors a counted group stands for when {@link EventParties#group} finds no list of names of exactly that many
 * before it (switch {@code relations.group-sides}; its parts can be measured apart). Read top to bottom:
 * <ol>
 * <li><b>"Both" as a preconjunct</b> ({@code relations.group-sides.both}): "both countries" counts when the parse
 * makes "both" a preconjunct without a conjunction (a bug fix of {@code relations.groups}).</li>
 * <li><b>Delegates</b> ({@code relations.group-sides.delegates}): a noun that names no actor, with a counted group
 * as its possessor or its "of", "from" or "in" phrase, stands for the group ("representatives of the two
 * countries", "the three countries' foreign ministries", "officials from both sides").</li>
 * <li><b>Wider lists</b> ({@code relations.group-sides.lists}): the most recent list of exactly that many in the
 * text before the group, its members names or country adjectives ("talks between Iranian and American delegations
 * ... both sides agreed"; a person named stands for the state of his or her country: "Presidents A and B met ...
 * the two countries"), and for "sides" and "parties" of any kind of actor ("Tehran and the agency ... both
 * sides"; never persons: "the two sides" after two leaders stands for their states).</li>
 * <li><b>Country adjectives as agents</b> ({@code relations.group-sides.adjectives}): a country adjective before an
 * event noun with no possessor or "by" agent is its agent ("an Israeli strike on X"), also where the event is the
 * object of a speech act ("condemned the Russian attacks": criticism of Russia).</li>
 * <li><b>Reciprocals</b> ({@code relations.group-sides.reciprocal}): an event whose target is "each other", "one
 * another" or "the other" is mutual among its sources ("X and Y accused each other", "both sides blamed the
 * other").</li>
 * </ol>
 * Stateless; safe to share between threads.
 */
final class GroupSides {

	static final String NAME = "relations.group-sides";

	/** How far back (characters) a list may stand. */
	private static final int WINDOW = 1500;
	/** Group nouns that stand for actors of any kind ("both sides" after an agency and a state). */
	private static final Set<String> ANY_KIND = Set.of("sides", "parties");
	/** Prepositions of a phrase that names whom a delegate noun stands for. */
	private static final Set<String> DELEGATE_CASES = Set.of("of", "from", "in");
	/** What may stand between two members of a list: a comma or "and", a determiner, up to four capitalised words. */
	private static final Pattern GAP = Pattern
			.compile("\\s*(,|,?\\s*and)\\s+((the|his|her|its|their)\\s+)?(\\p{Lu}[\\p{L}.'-]*\\s+){0,4}");

	private GroupSides() {
	}

	/**
	 * Whether a dependency relation of "both" counts it as a group's determiner besides "det": the parse may make it
	 * a preconjunct without a conjunction ("both countries agreed", {@code relations.group-sides.both}).
	 */
	static boolean preconjunct(String rel) {
		return rel.equals("cc:preconj") && Mechanisms.on(NAME) && Mechanisms.on(NAME + ".both");
	}

	/** Word pairs that, heading an event's target, stand for the other members of its source group. */
	private static final Set<String> RECIPROCALS = Set.of("each other", "one another", "the other");

	/**
	 * Whether one of the target phrases {@code targets} is a reciprocal ("each other", "one another", "the other",
	 * its head one of the two words): then the event is mutual among its sources ("X and Y accused each other",
	 * "both countries blamed the other"; {@code relations.group-sides.reciprocal}).
	 */
	static boolean reciprocal(ParsedSentence s, List<Integer> targets) {
		if (!Mechanisms.on(NAME) || !Mechanisms.on(NAME + ".reciprocal")) {
			return false;
		}
		for (int t : targets) {
			for (int k = Math.max(0, t - 1); k <= t && k + 1 < s.size(); k++) {
				if (RECIPROCALS.contains((s.word(k) + " " + s.word(k + 1)).toLowerCase(Locale.ROOT))) {
					Mechanisms.fired(NAME + ".reciprocal", 1);
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The actors the phrase at {@code h}, which names no actor and is no counted group, stands for through a counted
	 * group it is the delegate of ("representatives of the two countries"); empty when none.
	 */
	static List<ActorMention> delegates(String body, ParsedSentence s, int h, DocActors actors) {
		if (!Mechanisms.on(NAME) || !Mechanisms.on(NAME + ".delegates") || !s.pos(h).equals("NOUN")) {
			return List.of();
		}
		return delegates(body, s, h, actors, 2);
	}

	private static List<ActorMention> delegates(String body, ParsedSentence s, int h, DocActors actors, int depth) {
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			boolean owner = rel.equals("nmod:poss")
					|| rel.startsWith("nmod") && DELEGATE_CASES.contains(EventCoder.Clause.caseWord(s, c));
			if (!owner || actors.at(s.start(c)) != null) {
				continue;
			}
			List<ActorMention> group = EventParties.groupNoun(s, c) ? EventParties.group(body, s, c, actors)
					: depth > 1 && s.pos(c).equals("NOUN") ? delegates(body, s, c, actors, depth - 1) : List.of();
			if (!group.isEmpty()) {
				Mechanisms.fired(NAME + ".delegates", depth == 2 ? 1 : 0);
				List<ActorMention> out = new ArrayList<>();
				int first = EventCoder.phrase(s, h).get(0);
				for (ActorMention m : group) {
					out.add(new ActorMention(s.start(first), s.end(h), m.actor()));
				}
				return out;
			}
		}
		return List.of();
	}

	/**
	 * The {@code n} actors the counted group noun at {@code h} (of the actor kinds {@code kinds}) stands for when no
	 * list of names of that many came before it, each as a mention on its phrase; empty when none is found.
	 */
	static List<ActorMention> fallback(String body, ParsedSentence s, int h, int n, Set<ActorKind> kinds,
			DocActors actors) {
		if (!Mechanisms.on(NAME)) {
			return List.of();
		}
		int first = EventCoder.phrase(s, h).get(0);
		int limit = s.start(first);
		Set<ActorKind> accepted = EnumSet.copyOf(kinds);
		if (ANY_KIND.contains(s.word(h).toLowerCase(Locale.ROOT))) {
			accepted = EnumSet.complementOf(EnumSet.of(ActorKind.PERSON, ActorKind.MEDIA)); // persons are "sides" of their states
		}
		List<ActorMention> items = items(body, actors, Math.max(0, limit - WINDOW), limit, accepted);
		List<DocActor> found = List.of();
		String part = "";
		if (Mechanisms.on(NAME + ".lists")) {
			found = lastList(body, items, n);
			part = ".lists";
		}
		if (found.isEmpty()) {
			return List.of();
		}
		Mechanisms.fired(NAME + part, 1);
		List<ActorMention> out = new ArrayList<>();
		for (DocActor a : found) {
			out.add(new ActorMention(limit, s.end(h), a));
		}
		return out;
	}

	/**
	 * The actor mentions of the kinds between {@code from} and {@code to}, with the country adjectives and names
	 * there that no mention covers as mentions of the state actor of that country, in text order.
	 */
	private static List<ActorMention> items(String body, DocActors actors, int from, int to, Set<ActorKind> kinds) {
		List<ActorMention> out = new ArrayList<>();
		boolean persons = kinds.contains(ActorKind.STATE) && !kinds.contains(ActorKind.PERSON)
				&& Mechanisms.on(NAME + ".persons");
		for (ActorMention m : actors.within(from, to)) {
			if (m.end() > to) {
				continue;
			}
			if (kinds.contains(m.actor().kind())) {
				out.add(m);
			} else if (persons && m.actor().kind() == ActorKind.PERSON && !m.actor().iso().isEmpty()) {
				DocActor state = stateOf(actors, m.actor().iso()); // "Presidents A and B met ... the two countries"
				if (state != null) {
					out.add(new ActorMention(m.begin(), m.end(), state));
				}
			}
		}
		if (kinds.contains(ActorKind.STATE)) {
			CountryTable countries = ExtractionData.get().countries();
			for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(body.substring(from, to))) {
				int b = from + m.begin();
				int e = from + m.end();
				if (m.value().type() == CountryTable.FormType.CAPITAL || actors.overlaps(b, e)) {
					continue;
				}
				DocActor state = stateOf(actors, m.value().country().iso());
				if (state != null) {
					out.add(new ActorMention(b, e, state));
				}
			}
			out.sort(Comparator.comparingInt(ActorMention::begin));
		}
		return out;
	}

	/**
	 * The country adjectives before the event noun at {@code n} that are its agent ({@code
	 * relations.group-sides.adjectives}): "an Israeli strike on X", "Russian shelling of Y", "Israeli and American
	 * strikes"; none for a mutual event, a sanction or tariff ("US sanctions" may be on the US), or a noun with a
	 * possessor or "by" agent (the caller asks only then).
	 */
	static List<Integer> agentAdjectives(ParsedSentence s, int n, String code, boolean symmetric) {
		List<Integer> out = new ArrayList<>();
		if (!Mechanisms.on(NAME) || !Mechanisms.on(NAME + ".adjectives") || symmetric || Sanctions.applies(code)) {
			return out;
		}
		for (int c : s.children(n, "amod")) {
			if (c < n && countryAdjective(s.word(c))) {
				EventCoder.Clause.withConj(s, c, out);
			}
		}
		out.removeIf(c -> !countryAdjective(s.word(c)));
		Mechanisms.fired(NAME + ".adjectives", out.isEmpty() ? 0 : 1);
		return out;
	}

	/** Whether the word is a country's adjective as a whole ("Israeli", not "Israel" or "Iran-backed"). */
	private static boolean countryAdjective(String w) {
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(w)) {
			if (m.begin() == 0 && m.end() == w.length() && m.value().type() == CountryTable.FormType.ADJECTIVE) {
				return true;
			}
		}
		return false;
	}

	private static DocActor stateOf(DocActors actors, String iso) {
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.STATE && iso.equals(a.iso())) {
				return a;
			}
		}
		return null;
	}

	/** The distinct actors of the most recent list of exactly {@code n} among {@code items}, or empty. */
	private static List<DocActor> lastList(String body, List<ActorMention> items, int n) {
		int k = items.size() - 1;
		while (k >= 0) {
			int lo = k;
			while (lo > 0 && joined(body, items.get(lo - 1), items.get(lo))) {
				lo--;
			}
			List<DocActor> run = new ArrayList<>();
			for (int i = lo; i <= k; i++) {
				if (!run.contains(items.get(i).actor())) {
					run.add(items.get(i).actor());
				}
			}
			if (run.size() == n) {
				return run;
			}
			k = lo - 1;
		}
		return List.of();
	}

	private static boolean joined(String body, ActorMention a, ActorMention b) {
		return a.end() <= b.begin() && GAP.matcher(body.substring(a.end(), b.begin())).matches();
	}
}
