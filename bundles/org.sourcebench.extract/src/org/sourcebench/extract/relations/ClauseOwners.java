package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The doer of an event noun named in the clause that modifies it ({@code relations.clause-owners}): "the attack
 * carried out by X", "the airstrikes that X carried out against Y", "the raids conducted by X", "drills staged by X
 * near Y" — a verb of the class {@code light} (carry, conduct, launch, stage, mount ...) in a participle or relative
 * clause on the noun names the noun's source as its "by" agent or, in a relative clause, its subject, and the noun's
 * target, when the noun names none, as its phrase of one of the noun's target prepositions. As
 * {@link Sanctions#fromClause} reads measures ("sanctions imposed by X on Y"). The owner is also the target of a
 * speech act whose object the noun is ("condemned the raids conducted by X"), as a possessor is. Stateless.
 */
final class ClauseOwners {

	static final String NAME = "relations.clause-owners";

	private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");

	private ClauseOwners() {
	}

	/**
	 * Adds to {@code sources} (and to {@code targets} when it is empty) the sides the light-verb clause on the noun
	 * {@code n} names; {@code lemma} gives a token's lemma. Whether it found a source.
	 */
	static boolean read(ParsedSentence s, int n, EventWords.Nominal nominal, EventWords words,
			IntFunction<String> lemma, List<Integer> sources, List<Integer> targets) {
		if (!Mechanisms.on(NAME)) {
			return false;
		}
		for (int c : s.children(n)) {
			if (!s.deprel(c).startsWith("acl") || !s.pos(c).equals("VERB") || !words.in("light", lemma.apply(c))) {
				continue;
			}
			EventCoder.Clause frame = new EventCoder.Clause(s, c);
			List<Integer> by = new ArrayList<>(frame.agents);
			if (by.isEmpty() && !frame.passive && s.deprel(c).equals("acl:relcl")) {
				for (int subj : frame.subjects) {
					if (subj != n && !RELATIVE.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
						by.add(subj);
					}
				}
			}
			if (by.isEmpty()) {
				continue;
			}
			if (targets.isEmpty()) {
				for (int[] pp : frame.preps) {
					if (pp[0] >= 0 && !frame.agents.contains(pp[1])
							&& nominal.prepositions().contains(s.word(pp[0]).toLowerCase(Locale.ROOT))) {
						targets.add(pp[1]);
						break;
					}
				}
			}
			sources.addAll(by);
			Mechanisms.fired(NAME, 1);
			return true;
		}
		return false;
	}
}
