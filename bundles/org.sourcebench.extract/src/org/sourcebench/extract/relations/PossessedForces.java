package org.sourcebench.extract.relations;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A force noun owned by a possessive pronoun as an event side (switch {@code relations.possessed-forces}): "its
 * forces", "their troops", "six of its soldiers" stand for the armed forces of the pronoun's antecedent, as the
 * guidelines enter them. For a state or its government that is the document's military actor of the same country
 * ("Israel ..., where its forces have been fighting Hamas": Israeli military, not Israel; "Azerbaijani Armed Forces
 * opened fire against its troops" after Armenia: Armenian armed forces); with no such actor the phrase names nobody
 * (the state itself is what gold rarely relates: the twenty-first session's {@code coref.possessor-ends} took the owner
 * and added mostly wrong relations). For an armed group, a military, an organisation or an alliance the owner is its
 * own force ("KFOR said 25 of its troops were injured", "the CMA said their forces were attacked"). A person's or
 * an outlet's forces, and a "their" whose antecedent is no single actor, name nobody. The pronoun is resolved as the
 * parse reader resolves any pronoun side (the reporting verb's subject, the last agreeing actor of the sentence ...).
 * Stateless; safe to share.
 */
final class PossessedForces {

	static final String NAME = "relations.possessed-forces";

	/** Nouns naming the people of an armed force or body ("forces", "troops", "soldiers", "members"). */
	private static final Set<String> FORCE_NOUNS = Set.of("force", "forces", "troops", "army", "military", "soldiers",
			"navy", "fighters", "servicemen", "personnel", "members", "militants", "units", "guards");

	private static final Set<String> POSSESSIVES = Set.of("its", "their");

	private PossessedForces() {
	}

	/**
	 * The actor the phrase headed by {@code h} names as the forces of its possessive pronoun, or null.
	 * {@code pronoun} resolves a pronoun token to its actor as the reader does.
	 */
	static ActorMention of(ParsedSentence s, int h, DocActors actors, IntFunction<ActorMention> pronoun) {
		if (!Mechanisms.on(NAME)) {
			return null;
		}
		int noun = forceNoun(s, h);
		if (noun < 0) {
			return null;
		}
		int owner = -1;
		for (int c : s.children(noun, "nmod:poss")) {
			if (POSSESSIVES.contains(s.word(c).toLowerCase(Locale.ROOT))) {
				owner = c;
			}
		}
		if (owner < 0) {
			return null;
		}
		ActorMention antecedent = pronoun.apply(owner);
		if (antecedent == null) {
			return null;
		}
		DocActor a = antecedent.actor();
		DocActor forces = switch (a.kind()) {
			case STATE, GOVERNMENT -> military(actors, a.iso());
			case MILITARY, ARMED_GROUP, ORGANISATION, ALLIANCE -> a;
			default -> null;
		};
		Mechanisms.fired(NAME, forces == null ? 0 : 1);
		return forces == null ? null : new ActorMention(s.start(h), s.end(h), forces);
	}

	/** The force noun heading the phrase at {@code h}, or the one of its "of" phrase ("six of its soldiers"); or -1. */
	private static int forceNoun(ParsedSentence s, int h) {
		if (FORCE_NOUNS.contains(s.word(h).toLowerCase(Locale.ROOT))) {
			return h;
		}
		if (s.pos(h).equals("NUM") || s.pos(h).equals("PRON") || s.pos(h).equals("DET")) {
			for (int c : s.children(h, "nmod")) {
				if (EventCoder.Clause.caseWord(s, c).equals("of") && FORCE_NOUNS.contains(s.word(c).toLowerCase(Locale.ROOT))) {
					return c;
				}
			}
		}
		return -1;
	}

	/** The document's one military actor of the country {@code iso}, or null (none, or more than one). */
	private static DocActor military(DocActors actors, String iso) {
		if (iso == null || iso.isEmpty()) {
			return null;
		}
		DocActor found = null;
		for (DocActor d : actors.actors()) {
			if (d.kind() == ActorKind.MILITARY && iso.equals(d.iso())) {
				if (found != null) {
					return null;
				}
				found = d;
			}
		}
		return found;
	}
}
