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
import org.sourcebench.extract.actors.MentionResolver;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Sides of a parsed event that its sentence does not name ({@code relations.implicit-sides}): the reader's rules map
 * a side phrase to the actor whose mention covers it, and this class answers where they find none. One coreference
 * step, bound conservatively: the antecedent is named in the same paragraph (no line break between it and the side),
 * agrees in kind, and is the nearest candidate.
 * <ul>
 * <li><b>Pronouns</b> ({@code relations.implicit-sides.pronouns}): a third-person pronoun in any role ("talks with
 * him", "urged them", "its forces") goes to the salience resolver of {@link MentionResolver} (person for he/she, a
 * singular body for it, armed forces or groups for they), as subject pronouns already do.</li>
 * <li><b>Plural pronouns for a list</b> ({@code relations.implicit-sides.plurals}): "they", "them", "their" that the
 * resolver leaves open stand for the nearest list of two or more states, governments or organisations before them in
 * their paragraph, when the nearest such actor is in a list ("A and B ... They condemned").</li>
 * <li><b>Bare government</b> ({@code relations.implicit-sides.government}): "the government", "the regime", "the
 * administration", "the authorities" with no possessor and no modifier naming a country, when the paragraph before
 * it names exactly one state or government: that one.</li>
 * </ul>
 * Stateless; safe to share between threads.
 */
final class ImplicitSides {

	static final String NAME = "relations.implicit-sides";
	static final String PRONOUNS = NAME + ".pronouns";
	static final String PLURALS = NAME + ".plurals";
	static final String GOVERNMENT = NAME + ".government";

	private static final Set<String> PLURAL = Set.of("they", "them", "their");
	private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "regime", "administration",
			"authorities");
	private static final Set<ActorKind> LIST_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT,
			ActorKind.ORGANISATION, ActorKind.ALLIANCE, ActorKind.PERSON);
	private static final Set<ActorKind> STATE_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT);

	private static final boolean DEBUG = Boolean.getBoolean("sourcebench.debug.sides");

	private ImplicitSides() {
	}

	/**
	 * The actor a pronoun or bare government noun at token {@code h} stands for, as a mention on {@code h}; null when
	 * it is neither or no antecedent binds.
	 */
	static ActorMention single(String body, ParsedSentence s, int h, DocActors actors, MentionResolver.Document coref) {
		if (!Mechanisms.on(NAME)) {
			return null;
		}
		String w = lower(s.word(h));
		if (MentionResolver.pronoun(w) && coref != null && Mechanisms.on(PRONOUNS)) {
			ActorMention m = coref.pronoun(s, h);
			if (DEBUG) {
				System.err.println("#side\t" + w + "\t" + s.deprel(h) + "\t" + (m == null ? "-" : m.actor().name()) + "\t"
						+ (m != null && !sameParagraph(body, actors, m.actor(), s.start(h))) + "\t"
						+ body.substring(s.start(0), s.end(s.size() - 1)).replace('\n', ' '));
			}
			if (m != null && sameParagraph(body, actors, m.actor(), s.start(h))) {
				Mechanisms.fired(PRONOUNS, 1);
				return m;
			}
			return null;
		}
		if (DEBUG && GOVERNMENT_NOUNS.contains(w)) {
			System.err.println("#gov\t" + w + "\t" + bare(s, h, actors) + "\t"
					+ body.substring(paragraphStart(body, s.start(h)), s.end(s.size() - 1)).replace('\n', ' '));
		}
		if (GOVERNMENT_NOUNS.contains(w) && Mechanisms.on(GOVERNMENT) && bare(s, h, actors)) {
			int from = paragraphStart(body, s.start(h));
			DocActor only = null;
			for (ActorMention m : actors.within(from, s.start(h))) {
				if (!STATE_KINDS.contains(m.actor().kind())) {
					continue;
				}
				if (only != null && only != m.actor()) {
					return null; // two states before it: which government is ambiguous
				}
				only = m.actor();
			}
			if (only != null) {
				Mechanisms.fired(GOVERNMENT, 1);
				return new ActorMention(s.start(h), s.end(h), only);
			}
		}
		return null;
	}

	/**
	 * The members of the nearest list of two or more states, governments or organisations that a plural pronoun at
	 * {@code h} stands for, named before it in its paragraph; empty if none.
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
			if (run.size() >= 2) {
				Mechanisms.fired(PLURALS, 1);
				List<ActorMention> out = new ArrayList<>();
				for (DocActor a : run) {
					out.add(new ActorMention(s.start(h), s.end(h), a));
				}
				return out;
			}
			return List.of(); // the nearest candidate is a single body: "they" is not a list here
		}
		return List.of();
	}

	/** "the government": a determiner "the", no possessor, no modifier or compound, no actor named in its phrase. */
	private static boolean bare(ParsedSentence s, int h, DocActors actors) {
		if (!s.pos(h).equals("NOUN") || actors.at(s.start(h)) != null) {
			return false;
		}
		boolean the = false;
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			if (rel.equals("det")) {
				the |= lower(s.word(c)).equals("the");
			} else if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod")
					|| rel.equals("appos")) {
				return false;
			}
		}
		return the;
	}

	/** Whether the actor is named between the start of the paragraph holding {@code offset} and it. */
	private static boolean sameParagraph(String body, DocActors actors, DocActor a, int offset) {
		ActorMention m = actors.lastBefore(offset, x -> x == a);
		return m != null && m.begin() >= paragraphStart(body, offset);
	}

	private static int paragraphStart(String body, int offset) {
		return body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
