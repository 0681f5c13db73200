package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Sides of a parsed event that its clause does not name ({@code relations.implicit-sides}). The reader maps a side
 * phrase to the actor whose mention covers it (subject pronouns through the salience resolver of
 * {@code MentionResolver}); this class answers two cases it leaves open, bound conservatively (the nearest candidate,
 * of agreeing kind, in the same sentence or paragraph).
 * <ul>
 * <li><b>Plural pronouns for several actors</b> ({@code relations.implicit-sides.plurals}): "they", "them", "their"
 * that name no actor stand for the members of a counted group earlier in the sentence with no actor named in between
 * ("the three countries said that they condemned ..."), else for the nearest list of two or more persons, states,
 * governments or organisations named before them in their paragraph, when the nearest such actor is a member of a
 * list ("A and B met to follow up on their talks with C": A with C, B with C).</li>
 * <li><b>The subject a participle leans on</b> ({@code relations.implicit-sides.controller}): an event verb in
 * "-ing" without a subject of its own takes the subject of the nearest clause above it, up to three steps ("X said,
 * warning Y that ...": X warns Y); a speech act's participle that modifies a noun also climbs through the noun ("X
 * issued a statement urging Y to ...").</li>
 * </ul>
 * Stateless; safe to share between threads.
 */
final class ImplicitSides {

	static final String NAME = "relations.implicit-sides";
	static final String PLURALS = NAME + ".plurals";
	static final String CONTROLLER = NAME + ".controller";

	private static final Set<String> PLURAL = Set.of("they", "them", "their");
	private static final Set<ActorKind> LIST_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT,
			ActorKind.ORGANISATION, ActorKind.ALLIANCE, ActorKind.PERSON);
	/** Relations of a participle to the clause it leans on ("said, accusing X", "met Y, urging her to ..."). */
	private static final Set<String> LEANING = Set.of("advcl", "parataxis", "conj", "xcomp", "csubj", "ccomp");
	/** Further relations a speech act's participle climbs through: a noun it modifies and that noun's own. */
	private static final Set<String> NOUN_LEANING = Set.of("acl", "obj", "obl");

	private ImplicitSides() {
	}

	/**
	 * The members of the counted group or the nearest list that a plural pronoun at {@code h} stands for, each as a
	 * mention on the pronoun; empty when it is no plural pronoun or nothing binds.
	 */
	static List<ActorMention> plural(String body, ParsedSentence s, int h, DocActors actors) {
		if (!PLURAL.contains(lower(s.word(h))) || !Mechanisms.on(NAME) || !Mechanisms.on(PLURALS)) {
			return List.of();
		}
		for (int k = h - 1; k >= 0; k--) {
			if (EventParties.groupNoun(s, k)) { // "the three countries said that they ...": the group's members
				if (!actors.within(s.end(k), s.start(h)).isEmpty()) {
					break; // an actor named in between is the nearer candidate
				}
				List<ActorMention> out = new ArrayList<>();
				for (ActorMention m : EventParties.group(body, s, k, actors)) {
					out.add(new ActorMention(s.start(h), s.end(h), m.actor()));
				}
				if (!out.isEmpty()) {
					Mechanisms.fired(PLURALS, 1);
				}
				return out;
			}
		}
		int from = paragraphStart(body, s.start(h));
		List<ActorMention> all = actors.mentions();
		for (int k = all.size() - 1; k >= 0; k--) {
			ActorMention m = all.get(k);
			if (m.end() > s.start(h)) {
				continue;
			}
			if (m.begin() < from) {
				break;
			}
			if (!LIST_KINDS.contains(m.actor().kind())) {
				continue;
			}
			List<DocActor> run = EventParties.textList(body, all, k, LIST_KINDS, s.start(h));
			if (run.size() < 2) {
				return List.of(); // the nearest candidate is a single actor: "they" is no list here
			}
			Mechanisms.fired(PLURALS, 1);
			List<ActorMention> out = new ArrayList<>();
			for (DocActor a : run) {
				out.add(new ActorMention(s.start(h), s.end(h), a));
			}
			return out;
		}
		return List.of();
	}

	/**
	 * The subject an event verb at {@code v} without a subject of its own takes from the clause above it
	 * ({@code relations.implicit-sides.controller}), as a one-element list of its token; empty if none. A participle
	 * in "-ing" leans on the nearest clause above with a nominal subject, up to three steps; a speech act's
	 * ({@code spoken}) participle also climbs through the noun it modifies ("a statement urging Y").
	 */
	static List<Integer> controller(ParsedSentence s, int v, boolean spoken) {
		if (!Mechanisms.on(NAME) || !Mechanisms.on(CONTROLLER) || !s.pos(v).equals("VERB")
				|| !lower(s.word(v)).endsWith("ing") || hasSubject(s, v)) {
			return List.of();
		}
		int at = v;
		for (int guard = 0; guard < 3 && s.head(at) >= 0
				&& (LEANING.contains(s.deprel(at)) || spoken && NOUN_LEANING.contains(s.deprel(at))); guard++) {
			at = s.head(at);
			for (int c : s.children(at)) {
				if (s.deprel(c).equals("nsubj")) {
					Mechanisms.fired(CONTROLLER, 1);
					return List.of(c);
				}
			}
			if (hasSubject(s, at)) {
				return List.of(); // a passive or clausal subject: no agent to lean on
			}
		}
		return List.of();
	}

	private static boolean hasSubject(ParsedSentence s, int v) {
		for (int c : s.children(v)) {
			if (s.deprel(c).startsWith("nsubj") || s.deprel(c).startsWith("csubj") || s.deprel(c).equals("expl")) {
				return true;
			}
		}
		return false;
	}

	private static int paragraphStart(String body, int offset) {
		return body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
