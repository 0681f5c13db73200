package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The agent of a passive act of force that names none of its own but the attack it happened in
 * ({@code relations.attack-owners}): "the soldiers were killed in an X attack", "Y's drone was destroyed in a hostile
 * strike by X", "two men were killed in X firing", "officers were killed in clashes with X". The attack noun (an
 * event noun of root 18-20, or a word of the class {@code force}, as the phrase of an "in / during / following /
 * after / amid" case on the verb, or as its "by" agent) names the attacker as its possessor, a name or country
 * adjective before it, its "by" phrase, the subject of its relative clause ("a strike it carried out") or, for a
 * mutual fight, its "with" partner: that attacker is the verb's source, the passive subject its target (both ways
 * for a mutual fight, as the guidelines enter clashes). Stateless.
 */
final class AttackOwners {

	static final String NAME = "relations.attack-owners";

	private static final Set<String> CASES = Set.of("in", "during", "following", "after", "amid", "by");

	private static final int FIRST_FORCE_ROOT = 18;

	private static final int LAST_FORCE_ROOT = 20;

	/** The attacker's phrase heads and whether the attack is mutual. */
	record Owners(List<Integer> heads, boolean mutual) {
	}

	private AttackOwners() {
	}

	/**
	 * The owners of the attack noun under the passive verb {@code v} of material conflict (code {@code code}) whose
	 * clause names no agent actor; null if none. {@code lemma} gives a token's lemma, {@code nominal} the event noun
	 * a token names (or null), {@code named} whether a token heads or holds an actor's mention.
	 */
	static Owners of(ParsedSentence s, int v, String code, EventCoder.Clause frame, IntFunction<String> lemma,
			IntFunction<EventWords.Nominal> nominal, EventWords words, java.util.function.IntPredicate named) {
		if (!frame.passive || !Mechanisms.on(NAME)) {
			return null;
		}
		int root = ParsedRelationReader.root(code);
		if (root < FIRST_FORCE_ROOT || root > LAST_FORCE_ROOT) {
			return null;
		}
		for (int a : frame.agents) {
			if (named.test(a)) {
				return null; // "killed by X": the clause has its agent
			}
		}
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			if (!rel.startsWith("obl") || !s.pos(c).equals("NOUN")
					|| !CASES.contains(EventCoder.Clause.caseWord(s, c))) {
				continue;
			}
			EventWords.Nominal n = nominal.apply(c);
			String stem = stem(lemma.apply(c));
			boolean force = n != null ? ParsedRelationReader.root(n.code()) >= FIRST_FORCE_ROOT
					: words.in("force", lemma.apply(c)) || !stem.isEmpty()
							&& (words.in("force", stem) || words.in("force", stem + "e"));
			if (!force) {
				continue;
			}
			boolean mutual = n != null && n.symmetric();
			List<Integer> heads = new ArrayList<>();
			for (int d : s.children(c)) {
				String r = s.deprel(d);
				String prep = EventCoder.Clause.caseWord(s, d);
				if (r.equals("nmod:poss") || d < c && (r.equals("compound") || r.equals("amod"))) {
					heads.add(d); // "X's attack", "an X attack", "an Israeli strike"
				} else if (r.startsWith("nmod") && (prep.equals("by") || mutual && prep.equals("with"))) {
					heads.add(d); // "an attack by X", "clashes with X"
				} else if (r.equals("acl:relcl")) {
					heads.addAll(s.children(d, "nsubj")); // "a strike it carried out"
				}
			}
			heads.removeIf(h -> !named.test(h) && !s.pos(h).equals("PRON") && !s.pos(h).equals("ADJ"));
			if (!heads.isEmpty()) {
				Mechanisms.fired(NAME, 1);
				return new Owners(heads, mutual);
			}
		}
		return null;
	}

	/** "shooting" → "shoot", "firing" → "fir" (and so "fire"): the verb stem of a gerund noun, or "". */
	private static String stem(String lemma) {
		if (lemma == null || !lemma.endsWith("ing") || lemma.length() < 6) {
			return "";
		}
		return lemma.substring(0, lemma.length() - 3);
	}
}
