package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The country word before an act noun names the act's author as a side of a criticism or rejection
 * ({@code relations.adjective-authors}): the guidelines enter "condemned X's strike" as 11 toward X, the author of
 * what is condemned, and the reader already takes a possessor or a "by" phrase on the noun; a country's adjective or
 * name in front of it is the same author ("Mikati condemned an Israeli airstrike": 11 Mikati → Israel; "Zelensky
 * condemned recent Russian attacks": → Russia; "rejected the Sudanese allegations": 12 → Sudan). The noun must be an
 * act — an accusation or remark or a force noun, as {@link ActAuthors} reads them — with no possessor and no "by"
 * agent (the reader's own owners); the modifier stands for the actor it is a mention of ("the Houthi attacks") or else
 * the document's state actor of the country it names (none: nobody), and never for the criticising side or a state
 * of its country. The same owner is remembered, before the reader's own source, as the agent of a told act whose
 * noun (or whose source's act noun) it qualifies ("An Israeli strike on Lebanon killed a commander. Lebanon condemned
 * the strike": the reader's source of the killing is the first actor inside the phrase, Lebanon, and
 * {@link ActAuthors} now finds Israel). Stateless.
 */
final class AdjectiveAuthors {

	static final String NAME = "relations.adjective-authors";

	/** Roots of the criticisms and rejections aimed at an act's author. */
	private static final Set<String> AIMED = Set.of("11", "12");

	private AdjectiveAuthors() {
	}

	/**
	 * The state actors that the country words before the act noun {@code n} name, as the target of a criticism or
	 * rejection {@code code} by {@code sources}; empty when the switch is off, the code is neither, the noun is no act
	 * ({@code family} 0) or its phrase names an owner otherwise.
	 *
	 * @param country the document's state actor of the country a token names, or null ({@code countryActor})
	 */
	static List<ActorMention> targets(ParsedSentence s, int n, String code, int family, List<ActorMention> sources,
			DocActors actors, IntFunction<ActorMention> country) {
		if (!Mechanisms.on(NAME) || code.length() < 2 || !AIMED.contains(code.substring(0, 2)) || sources.isEmpty()) {
			return List.of();
		}
		List<ActorMention> out = owners(s, n, family, actors, country);
		out.removeIf(m -> ActAuthors.sides(m.actor(), sources));
		Mechanisms.fired(NAME, out.isEmpty() ? 0 : 1);
		return out;
	}

	/**
	 * The agents to remember for a told act whose noun (or source's act noun) is {@code n} ("an Israeli strike on
	 * ...": Israel); empty unless the switch is on and the noun is an act of {@code family} with a country word.
	 */
	static List<ActorMention> agents(ParsedSentence s, int n, int family, DocActors actors,
			IntFunction<ActorMention> country) {
		if (!Mechanisms.on(NAME)) {
			return List.of();
		}
		return owners(s, n, family, actors, country);
	}

	/**
	 * The actors the modifiers of {@code n} name (amod or compound, before the noun, and their conjuncts): an actor's
	 * mention on the word ("the Houthi attacks"), else the state of the country the word names ("Israeli").
	 */
	static List<ActorMention> owners(ParsedSentence s, int n, int family, DocActors actors,
			IntFunction<ActorMention> country) {
		List<ActorMention> out = new ArrayList<>();
		if (family == 0 || !s.pos(n).equals("NOUN") || !s.children(n, "nmod:poss").isEmpty() || byAgent(s, n)) {
			return out;
		}
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			if (c > n || !rel.equals("amod") && !rel.equals("compound")) {
				continue;
			}
			List<Integer> words = new ArrayList<>();
			EventCoder.Clause.withConj(s, c, words); // "Israeli and American strikes"
			for (int w : words) {
				ActorMention named = actors.at(s.start(w));
				ActorMention m = w >= n ? null : named != null && named.end() <= s.end(n) ? named : country.apply(w);
				if (m != null && out.stream().noneMatch(x -> x.actor() == m.actor())) {
					out.add(new ActorMention(s.start(w), s.end(w), m.actor()));
				}
			}
		}
		return out;
	}

	/** Whether the noun has a "by" phrase ("the attack by X"): its agent, read elsewhere. */
	private static boolean byAgent(ParsedSentence s, int n) {
		return !EventCoder.Clause.byPhrases(s, n).isEmpty() || !ObjectOwner.clauseAgents(s, n).isEmpty();
	}
}
