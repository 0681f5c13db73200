package org.sourcebench.extract.relations;

import java.util.function.IntPredicate;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Whose event an event noun names when the noun has no possessor and no "by" phrase ({@code relations.event-owner}):
 * the actor or country word that modifies it in front ("condemned an Israeli strike", "admonished the Russian
 * invasion", "denounced the Houthi attacks"). A verb aimed at such a noun is aimed at that actor. Read top to
 * bottom: the noun's adjectival and compound modifiers before it, nearest the noun first; the first that names an
 * actor. Stateless; safe to share.
 */
final class EventOwners {

	private EventOwners() {
	}

	/**
	 * The token in front of the event noun {@code n} that names its owner (one {@code names} accepts), or -1; a
	 * coordinated modifier ("Indian and Pakistani strikes") names no single owner.
	 */
	static int owner(ParsedSentence s, int n, IntPredicate names) {
		if (!Mechanisms.on("relations.event-owner")) {
			return -1;
		}
		for (int t = n - 1; t >= 0 && t >= n - 4; t--) {
			if (s.head(t) != n) {
				continue;
			}
			String rel = s.deprel(t);
			boolean modifier = rel.equals("amod") || rel.equals("compound");
			boolean named = s.pos(t).equals("ADJ") || s.pos(t).equals("PROPN");
			if (modifier && named && s.children(t, "conj").isEmpty() && names.test(t)) {
				Mechanisms.fired("relations.event-owner", 1);
				return t;
			}
		}
		return -1;
	}
}
