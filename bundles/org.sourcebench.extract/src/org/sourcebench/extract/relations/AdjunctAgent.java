package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The agent of a passive act of force that names none of its own, read from the attack it happened in
 * ({@code relations.adjunct-agent}): "the outpost was destroyed in a hostile action by X", "a soldier was killed in an
 * X attack", "two guards were wounded in Gondorian strikes". The attack noun's author (its possessor, "by" phrase,
 * participle agent, or a name or country adjective in front of it) is the passive verb's agent. Stateless.
 */
final class AdjunctAgent {

	static final String NAME = "relations.adjunct-agent";

	/** Prepositions of the phrase that says in what the act happened. */
	private static final Set<String> IN = Set.of("in", "during");

	private AdjunctAgent() {
	}

	/**
	 * The heads naming the author of the attack noun in an "in"/"during" phrase of the passive verb {@code v}
	 * ({@code attack} tells the attack nouns); empty when there is none or it names no author.
	 */
	static List<Integer> of(ParsedSentence s, int v, IntPredicate attack) {
		List<Integer> out = new ArrayList<>();
		if (!Mechanisms.on(NAME)) {
			return out;
		}
		for (int c : s.children(v)) {
			if (!s.deprel(c).startsWith("obl") || !IN.contains(EventCoder.Clause.caseWord(s, c)) || !attack.test(c)) {
				continue;
			}
			for (int d : s.children(c)) {
				String rel = s.deprel(d);
				if (rel.equals("nmod:poss") || rel.startsWith("nmod") && EventCoder.Clause.caseWord(s, d).equals("by")) {
					out.add(d);
				}
			}
			out.addAll(ObjectOwner.clauseAgents(s, c));
			for (int d : s.children(c)) {
				if (out.isEmpty() && d < c && (s.deprel(d).equals("compound") || s.deprel(d).equals("amod"))) {
					out.add(d); // "an X attack", "Gondorian strikes"
				}
			}
			if (!out.isEmpty()) {
				Mechanisms.fired(NAME, 1);
				return out;
			}
		}
		return out;
	}
}
