package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Two readings of a side that a wrong parse suggests and the words rule out. Read top to bottom:
 * <ol>
 * <li><b>A subject with a preposition</b> ({@code relations.case-marked-subjects}): a phrase the parse makes a
 * subject although it carries a case marker ("According to Z, X and Y agreed" parsed with Z as the subject and X, Y
 * its conjuncts) is no side; its conjuncts still are.</li>
 * <li><b>A nationality in a title</b> ({@code relations.adjective-titles}): a country adjective the parse splits off
 * as a side of its own ("Netanyahu and Russian President Vladimir Putin" with "Russian" a conjunct) stands for the
 * person its title words lead to, when that person is of the same country — the side is the person, not the
 * country.</li>
 * </ol>
 * Stateless.
 */
final class SideRepairs {

	/** How many title words may stand between a nationality and the name ("Russian Foreign Minister Sergei ..."). */
	private static final int TITLE_WORDS = 3;

	private SideRepairs() {
	}

	/** Whether the subject phrase headed by {@code g} carries a case marker, so that it is no subject. */
	static boolean caseMarkedSubject(ParsedSentence s, int g) {
		if (!s.deprel(g).startsWith("nsubj") || !Mechanisms.on("relations.case-marked-subjects")) {
			return false;
		}
		for (int c : s.children(g, "case")) {
			if (c < g) {
				Firings.count("relations.case-marked-subjects");
				return true;
			}
		}
		return false;
	}

	/**
	 * The person the nationality adjective at {@code adj} introduces through title words, if of the country of
	 * {@code state} (the adjective's state actor, may be null); else {@code state}.
	 */
	static ActorMention titledPerson(ParsedSentence s, int adj, ActorMention state, DocActors actors) {
		if (state == null || !s.pos(adj).equals("ADJ") || !Mechanisms.on("relations.adjective-titles")) {
			return state;
		}
		for (int t = adj + 1; t < s.size() && t <= adj + 1 + TITLE_WORDS; t++) {
			ActorMention m = actors.at(s.start(t));
			if (m != null && m.begin() == s.start(t) && m.actor().kind() == ActorKind.PERSON
					&& m.actor().iso().equals(state.actor().iso())) {
				Firings.count("relations.adjective-titles");
				return m;
			}
			boolean title = Character.isUpperCase(s.word(t).charAt(0))
					&& (s.pos(t).equals("PROPN") || s.pos(t).equals("NOUN"));
			if (!title) {
				return state;
			}
		}
		return state;
	}
}
