package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The author, not the aim, of an act noun that is the subject of an event ({@code relations.act-subjects}): the reader
 * reads a subject phrase as the first actor inside it, so "An Israeli strike on Lebanon killed a commander" made
 * Lebanon the killer. When the subject's head is an act noun (an accusation, a remark or force, or any event noun)
 * named by no actor itself and the reader found no actor inside it, or only actors under the noun's aim ("on",
 * "against", "in", "at", "of" ...; "Chilean drones hit Bolivia" had no source), the source is the act's author
 * instead: a possessor or a "by" agent on the noun, else the actor or state
 * its country words before it name ({@link AdjectiveAuthors#owners}); none: the event has no source from that
 * subject. Stateless.
 */
final class ActSubjects {

	static final String NAME = "relations.act-subjects";

	/** The prepositions of an act noun's aim or place: an actor under one is no author of the act. */
	private static final Set<String> AIMS = Set.of("on", "against", "in", "at", "into", "near", "inside", "upon",
			"over", "across", "toward", "towards", "targeting", "of");

	private ActSubjects() {
	}

	/**
	 * The sources of an event whose source heads are {@code heads}; null when the switch is off or no head is an
	 * act noun whose actors all sit under its aim (the caller keeps its own reading).
	 *
	 * @param family the act family of a noun ({@code actFamily}; 0: no act), or 1 for another event noun
	 * @param read the reader's sides of source heads
	 * @param country the document's state actor of the country a token names, or null
	 */
	static List<ActorMention> sources(ParsedSentence s, List<Integer> heads, int anchor, IntUnaryOperator family,
			Function<List<Integer>, List<ActorMention>> read, DocActors actors, IntFunction<ActorMention> country) {
		if (!Mechanisms.on(NAME)) {
			return null;
		}
		int[] families = new int[heads.size()];
		boolean actNoun = false;
		for (int i = 0; i < families.length; i++) {
			int h = heads.get(i);
			families[i] = h == anchor || !s.pos(h).equals("NOUN") || actors.at(s.start(h)) != null ? 0
					: family.applyAsInt(h);
			actNoun |= families[i] != 0;
		}
		if (!actNoun) {
			return null; // no head is an unnamed act noun: the caller's reading stands, no head read again
		}
		List<ActorMention> out = new ArrayList<>();
		boolean changed = false;
		for (int i = 0; i < families.length; i++) {
			int h = heads.get(i);
			int f = families[i];
			List<ActorMention> normal = read.apply(List.of(h));
			if (f == 0 || !normal.stream().allMatch(m -> aimed(s, h, m))) {
				add(out, normal);
				continue;
			}
			changed = true;
			List<Integer> agents = new ArrayList<>(s.children(h, "nmod:poss")); // "their airstrikes"
			agents.addAll(EventCoder.Clause.byPhrases(s, h));
			List<ActorMention> authors = agents.isEmpty() ? List.of() : read.apply(agents);
			if (authors.isEmpty()) {
				authors = AdjectiveAuthors.owners(s, h, f, actors, country);
			}
			authors = new ArrayList<>(authors);
			authors.removeIf(a -> normal.stream().anyMatch(m -> m.actor() == a.actor()));
			add(out, authors);
		}
		Mechanisms.fired(NAME, changed ? 1 : 0);
		return changed ? out : null;
	}

	private static void add(List<ActorMention> out, List<ActorMention> more) {
		for (ActorMention a : more) {
			if (out.stream().noneMatch(x -> x.actor() == a.actor())) {
				out.add(a);
			}
		}
	}

	/** Whether mention {@code m} lies inside a phrase under the noun {@code h} that its aim preposition marks. */
	private static boolean aimed(ParsedSentence s, int h, ActorMention m) {
		for (int t = 0; t < s.size(); t++) {
			if (t == h || s.start(t) < m.begin() || s.end(t) > m.end()) {
				continue;
			}
			int k = t;
			while (s.head(k) >= 0 && s.head(k) != h) {
				k = s.head(k);
			}
			if (s.head(k) == h && s.deprel(k).startsWith("nmod") && !s.deprel(k).equals("nmod:poss")
					&& AIMS.contains(EventCoder.Clause.caseWord(s, k))) {
				return true;
			}
			return false;
		}
		return false;
	}
}
