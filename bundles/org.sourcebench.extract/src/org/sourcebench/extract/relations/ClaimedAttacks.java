package org.sourcebench.extract.relations;

import java.util.List;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The doer of an attack named through a responsibility for it ({@code relations.claimed-attacks}): "X claimed
 * responsibility for the attack on Y", "X is responsible for the strikes on Y" — an event noun of material conflict
 * (root 18-20) in the "for" phrase of an adjective or noun of the class {@code answerable} of {@code event-words.tsv}
 * has as its source the subject of that adjective, or of the verb of the class {@code owning} whose object the noun
 * is; the assertion gate starts at that word, so "allegedly responsible", "denied responsibility" and "may claim
 * responsibility" assert nothing. Stateless.
 */
final class ClaimedAttacks {

	static final String NAME = "relations.claimed-attacks";

	private static final int FIRST_FORCE_ROOT = 18;

	private ClaimedAttacks() {
	}

	/**
	 * Adds to {@code sources} the subjects that take responsibility for the event noun phrase {@code np} (code
	 * {@code code}); returns the token the gate starts from, or -1 when there is none.
	 */
	static int read(ParsedSentence s, int np, String code, IntFunction<String> lemma, EventWords words,
			List<Integer> sources) {
		if (!Mechanisms.on(NAME) || ParsedRelationReader.root(code) < FIRST_FORCE_ROOT
				|| !EventCoder.Clause.caseWord(s, np).equals("for")) {
			return -1;
		}
		int h = s.head(np);
		if (h < 0 || !words.in("answerable", lemma.apply(h))) {
			return -1;
		}
		int at = h;
		if (s.pos(h).equals("NOUN")) {
			int v = s.head(h);
			if (v < 0 || !s.pos(v).equals("VERB") || !s.deprel(h).equals("obj")
					|| !words.in("owning", lemma.apply(v))) {
				return -1;
			}
			at = v;
		} else if (!s.pos(h).equals("ADJ")) {
			return -1;
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, at);
		List<Integer> subjects = frame.passive ? frame.agents : frame.subjects;
		if (subjects.isEmpty()) {
			return -1;
		}
		sources.addAll(subjects);
		Mechanisms.fired(NAME, 1);
		return at;
	}
}
