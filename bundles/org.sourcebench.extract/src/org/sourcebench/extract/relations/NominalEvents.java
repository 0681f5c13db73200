package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Events stated as nouns that the nominal reader of {@link ParsedRelationReader} leaves out because the clause
 * around them is no light verb. Read top to bottom:
 * <ol>
 * <li><b>The purpose of a trip</b> ({@code relations.trip-purpose}): a mutual event noun in a "for" phrase of a
 * travel verb ("flew to Doha for talks with X", "landed in Sanaa for a meeting with X") happened with the trip,
 * as a travel verb's "to" purpose clause does ("flew to Doha to meet X"): the traveller is its agent, the noun's
 * "with" phrase its partner.</li>
 * </ol>
 * The nouns come from {@code event-words.tsv} and {@code noun-events.tsv} ({@code relations.noun-events}, read by
 * {@link EventWords}). Stateless; safe to share.
 */
final class NominalEvents {

	static final String TRIP_PURPOSE = "relations.trip-purpose";

	/** An event read: the noun, its code, the traveller's phrase heads, the partners' and the verb it is gated at. */
	record Purpose(int noun, String code, List<Integer> agents, List<Integer> partners, int verb) {
	}

	private final EventWords words;

	NominalEvents(EventWords words) {
		this.words = words;
	}

	/** The trip whose purpose the noun at {@code n} (lemma {@code lemma}) is, or null. */
	Purpose purpose(ParsedSentence s, int n, String lemma, String verbLemma) {
		if (!Mechanisms.on(TRIP_PURPOSE)) {
			return null;
		}
		EventWords.Nominal nominal = words.nominal(lemma);
		int v = s.head(n);
		if (nominal == null || !nominal.symmetric() || v < 0 || !s.pos(v).equals("VERB")
				|| !s.deprel(n).startsWith("obl") || !EventCoder.Clause.caseWord(s, n).equals("for")
				|| !words.travel(verbLemma)) {
			return null;
		}
		List<Integer> partners = new ArrayList<>();
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("nmod") && nominal.prepositions().contains(EventCoder.Clause.caseWord(s, c))) {
				EventCoder.Clause.withConj(s, c, partners);
			}
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		if (partners.isEmpty() || frame.passive || frame.subjects.isEmpty()) {
			return null;
		}
		Mechanisms.fired(TRIP_PURPOSE, 1);
		return new Purpose(n, nominal.code(), frame.subjects, partners, v);
	}
}
