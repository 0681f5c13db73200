package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * People who act for a party are that party as a side of an event (switch {@code relations.delegates}; DECISIONS.md
 * A6: a delegation, negotiating team or envoy of a state is a mention of the state): a noun naming representatives
 * that names no actor itself stands for the actors of its "of" or "from" phrase and that phrase's conjuncts ("talks
 * between representatives of the two countries", "delegations from X, Y and Z met", "officials of X and Y"). A
 * counted group there ("the two countries") is resolved as any other side. Stateless.
 */
final class Delegates {

	static final String NAME = "relations.delegates";

	/** Nouns naming people who act for a party (PETRARCH agents of diplomacy and government, plural or not). */
	private static final Set<String> NOUNS = Set.of("representative", "official", "delegation", "delegate", "envoy",
			"negotiator", "diplomat", "emissary", "minister", "team");

	private Delegates() {
	}

	/**
	 * The phrase heads {@code heads} with each representatives' noun that names no actor replaced by the heads of its
	 * "of" or "from" phrase and their conjuncts, in order.
	 */
	static List<Integer> expand(ParsedSentence s, List<Integer> heads, DocActors actors) {
		if (!Mechanisms.on(NAME)) {
			return heads;
		}
		List<Integer> out = new ArrayList<>();
		for (int h : heads) {
			List<Integer> parties = new ArrayList<>();
			String lemma = s.lemma(h) == null ? "" : s.lemma(h).toLowerCase(Locale.ROOT);
			if (s.pos(h).equals("NOUN") && NOUNS.contains(lemma) && actors.at(s.start(h)) == null) {
				for (int c : s.children(h)) {
					String prep = EventCoder.Clause.caseWord(s, c);
					if (s.deprel(c).startsWith("nmod") && (prep.equals("of") || prep.equals("from"))) {
						EventCoder.Clause.withConj(s, c, parties);
					}
				}
			}
			if (parties.isEmpty()) {
				out.add(h);
			} else {
				Mechanisms.fired(NAME, 1);
				for (int p : parties) {
					out.add(p);
					if (EventParties.groupNoun(s, p)) {
						out.add(p); // a counted group stands for two or more, as in a "between" phrase
					}
				}
			}
		}
		return out;
	}
}
