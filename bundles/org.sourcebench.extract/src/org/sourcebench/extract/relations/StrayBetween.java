package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The "between X and Y" phrase of an event noun that the parse hung on another word ({@code relations.attach-between}):
 * on the verb the noun is subject or object of ("clashes erupted between X and Y", "opened a round of talks on
 * Monday between X and Y"), on a participle modifying the noun ("the talks hosted by Z between X and Y", "the
 * protocol signed between X and Y"), or on a time or place word between the noun and the phrase ("negotiations in
 * Geneva between X and Y", "talks last week between X and Y"). The phrase names the event's parties, as it does when
 * the parse attaches it to the noun. Only the first "between" phrase after the noun, with no other event noun in
 * between. Stateless.
 */
final class StrayBetween {

	static final String SWITCH = "relations.attach-between";

	private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "obj");

	/** The parties of a stray phrase ({@code heads}, two or more) and where the event's assertion is read. */
	record Parties(List<Integer> heads, int gateAt) {
	}

	private StrayBetween() {
	}

	/**
	 * The parties of the stray "between" phrase of the event noun {@code n} (taken by the clause as {@code np}, "a
	 * round of talks"), or null; {@code eventNoun} tells the other event nouns of the sentence.
	 */
	static Parties of(ParsedSentence s, int n, int np, DocActors actors, IntPredicate eventNoun) {
		if (!Mechanisms.on(SWITCH)) {
			return null;
		}
		for (int p = n + 1; p < s.size(); p++) {
			if (eventNoun.test(p)) {
				return null; // the phrase after another event noun is that noun's
			}
			if (!(s.pos(p).equals("PROPN") || s.pos(p).equals("NOUN") || s.pos(p).equals("ADJ"))
					|| !EventCoder.Clause.caseWord(s, p).equals("between")) {
				continue;
			}
			int host = s.head(p);
			if (host < 0 || host == n || host == np) {
				return null; // the parse attached it where it belongs: the reader took it
			}
			int gate = -1;
			if (host == s.head(np) && s.pos(host).equals("VERB") && ARGUMENT.contains(s.deprel(np))) {
				gate = host; // "clashes erupted between": asserted as the verb is
			} else if (s.head(host) == np && s.pos(host).equals("VERB") && s.deprel(host).startsWith("acl")) {
				gate = n; // "the talks hosted by Z between"
			} else if (host > n && (s.pos(host).equals("NOUN") || s.pos(host).equals("PROPN"))
					&& actors.at(s.start(host)) == null && timeOrPlaceOf(s, host, n, np)) {
				gate = n; // "negotiations in Geneva between"
			}
			if (gate < 0) {
				return null;
			}
			List<Integer> heads = EventParties.between(s, p);
			if (heads.size() < 2) {
				return null;
			}
			Mechanisms.fired(SWITCH, 1);
			return new Parties(heads, gate);
		}
		return null;
	}

	/** Whether {@code host} modifies the event noun or stands beside it in its clause ("talks last week"). */
	private static boolean timeOrPlaceOf(ParsedSentence s, int host, int n, int np) {
		int h = s.head(host);
		String rel = s.deprel(host);
		return (h == n || h == np || h == s.head(np)) && (rel.startsWith("obl") || rel.startsWith("nmod"));
	}
}
