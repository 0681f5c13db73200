package org.sourcebench.extract.relations;

import java.util.List;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * "X did something in cooperation with Y": a mutual event noun with a "with" partner, in an "in" phrase of a
 * clause, makes the clause's subject and the partner act together (the noun's code, both directions); the partner
 * is no target of the clause's own event. Read top to bottom: the noun and its partner, the clause it modifies (the
 * nearest verb above it), that clause's subjects. Stateless.
 */
final class JointAction {

	/** The joint action: the noun, the verb of the clause, the clause's agents and the partner's phrase head. */
	record Joint(int noun, String code, int clause, List<Integer> agents, int partner) {
	}

	private final EventWords words;

	JointAction(EventWords words) {
		this.words = words;
	}

	/** The joint action the noun at {@code n} (lemma {@code lemma}) states, or null. */
	Joint at(ParsedSentence s, int n, String lemma) {
		EventWords.Nominal nominal = words.nominal(lemma);
		if (nominal == null || !nominal.symmetric() || !nominal.prepositions().contains("with")
				|| !EventCoder.Clause.caseWord(s, n).equals("in")) {
			return null;
		}
		int partner = -1;
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("nmod") && EventCoder.Clause.caseWord(s, c).equals("with")) {
				partner = c;
			}
		}
		int verb = s.head(n);
		for (int guard = 0; verb >= 0 && guard < 4 && !s.pos(verb).equals("VERB"); guard++) {
			verb = s.head(verb);
		}
		if (partner < 0 || verb < 0 || !s.pos(verb).equals("VERB")) {
			return null;
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, verb);
		List<Integer> agents = frame.passive ? frame.agents : frame.subjects;
		return agents.isEmpty() ? null : new Joint(n, nominal.code(), verb, agents, partner);
	}

	/**
	 * Removes the relationships that make a partner the target of its co-agent ("X launched the offensive in
	 * coordination with Y" is no attack of X on Y): {@code joints} holds "agent|partner|offset" of the joint actions
	 * read; a relationship between the two in either direction whose evidence holds the noun goes unless it has the
	 * joint action's own root {@code kept}.
	 */
	static void dropPartnersAsTargets(List<ExtractedRelationship> out, List<String> joints) {
		out.removeIf(r -> joints.stream().anyMatch(j -> {
			String[] f = j.split("\\|");
			int at = Integer.parseInt(f[2]);
			boolean pair = f[0].equals(r.from()) && f[1].equals(r.to()) || f[1].equals(r.from()) && f[0].equals(r.to());
			return pair && !r.root().equals(f[3]) && r.evidence().begin() <= at && at < r.evidence().end();
		}));
	}
}
