package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The sides of material conflict (CAMEO roots 18-20) that the parse states through a country rather than a name
 * ({@code relations.conflict-sides}). Three parts, each its own switch under the mechanism's:
 * <ul>
 * <li>{@code .fire}: "opened fire on X", "fired on X": firing is a fight (19), and its "on"/"upon" phrase is the
 * target, as "at" and "against" already are;</li>
 * <li>{@code .forces}: a side phrase headed by forces or their equipment with a country word before it ("Kestrian
 * troops opened fire", "Kestrian vessels rammed", "Kestrian military positions") is that country's military when the
 * document has one, else the state; a conflict noun with no agent of its own takes the country adjective before it
 * ("a Kestrian airstrike on X", "Kestrian and Vardan strikes on X") as its agent, the state;</li>
 * </ul>
 * The guidelines (DECISIONS.md R7) count the people, positions, equipment and vessels of a state as the state's.
 * Stateless apart from the country table.
 */
final class ConflictSides {

	static final String SWITCH = "relations.conflict-sides";

	private static final Set<String> FIRE = Set.of("fire", "gunfire");
	private static final Set<String> FIRING_VERBS = Set.of("open", "exchange", "trade", "return");
	private static final Set<String> ON = Set.of("on", "upon");
	/** Heads of phrases naming forces or their equipment and positions. */
	private static final Set<String> FORCES = Set.of("troops", "troop", "forces", "force", "soldiers", "soldier",
			"army", "military", "navy", "vessels", "vessel", "ships", "ship", "boats", "boat", "warships", "jets",
			"jet", "warplanes", "warplane", "aircraft", "planes", "plane", "drones", "drone", "helicopters",
			"artillery", "gunboats", "tanks", "units", "unit", "positions", "position", "posts", "post", "bases",
			"base", "outposts", "outpost", "guards", "patrol", "patrols", "personnel", "coastguard", "military's");
	/** Modifiers that make a country's phrase its military's ("Kestrian military positions"). */
	private static final Set<String> MILITARY_WORDS = Set.of("military", "army", "troops", "forces", "soldiers",
			"navy", "force", "defence", "defense");
	private static final Set<String> PEOPLE = Set.of("troops", "troop", "forces", "force", "soldiers", "soldier",
			"army", "military", "navy", "guards", "personnel", "units", "unit", "patrol", "patrols");

	private final CountryTable countries;

	ConflictSides(CountryTable countries) {
		this.countries = countries;
	}

	private static boolean on(String part) {
		return Mechanisms.on(SWITCH) && Mechanisms.on(SWITCH + "." + part);
	}

	private static boolean conflict(String code) {
		int root = ParsedRelationReader.root(code);
		return root >= 18 && root <= 20;
	}

	/** The code of the verb at {@code v}: 190 for "opened fire", "exchanged fire" coded otherwise. */
	static String fireCode(ParsedSentence s, int v, String code) {
		if (!on("fire") || conflict(code) || !FIRING_VERBS.contains(lower(s.lemma(v)))) {
			return code;
		}
		for (int o : s.children(v, "obj")) {
			if (FIRE.contains(lower(s.word(o)))) {
				Mechanisms.fired(SWITCH + ".fire", 1);
				return "190";
			}
		}
		return code;
	}

	/** Whether a verb's phrase with the preposition {@code prep} is the target of the conflict event {@code code}. */
	static boolean targetCase(String code, String prep) {
		return on("fire") && conflict(code) && ON.contains(prep);
	}

	/**
	 * The sides of the conflict event anchored at {@code anchor} when its source phrases {@code heads} named no actor:
	 * forces with a country word ("Kestrian troops"), or a country adjective on the event noun ("a Kestrian strike").
	 */
	List<ActorMention> sources(ParsedSentence s, int anchor, String code, List<Integer> heads, DocActors actors) {
		List<ActorMention> out = new ArrayList<>();
		if (!on("forces") || !conflict(code)) {
			return out;
		}
		for (int h : heads) {
			List<Integer> group = new ArrayList<>();
			EventCoder.Clause.withConj(s, h, group);
			for (int g : group) {
				ActorMention m = forces(s, g, actors);
				if (m != null && out.stream().noneMatch(x -> x.actor() == m.actor())) {
					out.add(m);
				}
			}
		}
		if (heads.isEmpty() && s.pos(anchor).equals("NOUN") && s.children(anchor, "nmod:poss").isEmpty()) {
			for (int a : s.children(anchor, "amod")) {
				if (a > anchor) {
					continue;
				}
				List<Integer> group = new ArrayList<>();
				EventCoder.Clause.withConj(s, a, group);
				for (int g : group) {
					ActorMention m = country(s, g, actors, false);
					if (m != null && out.stream().noneMatch(x -> x.actor() == m.actor())) {
						out.add(m);
					}
				}
			}
		}
		Mechanisms.fired(SWITCH + ".forces", out.size());
		return out;
	}

	/**
	 * The military (or else the state) of the country a forces phrase headed by {@code h} names before its head
	 * ("Kestrian troops", "Kestrian military positions"), or null.
	 */
	ActorMention forces(ParsedSentence s, int h, DocActors actors) {
		if (!s.pos(h).equals("NOUN") || !FORCES.contains(lower(s.word(h))) || actors.at(s.start(h)) != null) {
			return null;
		}
		boolean military = PEOPLE.contains(lower(s.word(h)));
		ActorMention found = null;
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			if (c > h || !(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))) {
				continue;
			}
			military |= MILITARY_WORDS.contains(lower(s.word(c)));
			if (found == null) {
				found = country(s, c, actors, true);
			}
		}
		if (found == null) {
			return null;
		}
		return military ? militaryOf(found, actors) : found;
	}

	/**
	 * For a target the reader resolved to a state through a forces phrase ("Kestrian military positions"), that
	 * state's military when the document has one.
	 */
	ActorMention military(ParsedSentence s, int h, ActorMention resolved, DocActors actors) {
		if (resolved != null && resolved.actor().kind() != ActorKind.STATE || !on("forces")
				|| !s.pos(h).equals("NOUN") || actors.at(s.start(h)) != null) {
			return resolved;
		}
		ActorMention m = forces(s, h, actors);
		if (resolved == null) { // "opened fire on Kestrian troops": people are no target unless a military is named
			boolean military = m != null && m.actor().kind() == ActorKind.MILITARY;
			Mechanisms.fired(SWITCH + ".forces", military ? 1 : 0);
			return military ? m : null;
		}
		if (m != null && m.actor() != resolved.actor() && m.actor().iso() != null
				&& m.actor().iso().equals(resolved.actor().iso())) {
			Mechanisms.fired(SWITCH + ".forces", 1);
			return m;
		}
		return resolved;
	}

	private static ActorMention militaryOf(ActorMention state, DocActors actors) {
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.MILITARY && a.iso() != null && a.iso().equals(state.actor().iso())) {
				return new ActorMention(state.begin(), state.end(), a);
			}
		}
		return state;
	}

	/** The document's state actor of the country the word at {@code t} names ({@code names}) or qualifies. */
	private ActorMention country(ParsedSentence s, int t, DocActors actors, boolean names) {
		ActorMention named = actors.at(s.start(t));
		if (named != null) {
			return named.actor().kind() == ActorKind.STATE ? named : null;
		}
		String w = s.word(t);
		for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(w)) {
			if (m.begin() != 0 || m.end() != w.length() || m.value().type() == CountryTable.FormType.CAPITAL
					|| !names && m.value().type() != CountryTable.FormType.ADJECTIVE) {
				continue;
			}
			Country c = m.value().country();
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.STATE && c.iso().equals(a.iso())) {
					return new ActorMention(s.start(t), s.end(t), a);
				}
			}
		}
		return null;
	}

	private static String lower(String w) {
		return w.toLowerCase(Locale.ROOT);
	}
}
