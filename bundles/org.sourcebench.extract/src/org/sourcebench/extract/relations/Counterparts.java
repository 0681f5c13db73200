package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * "His Russian and Iranian counterparts" ({@code relations.counterparts}): a counterpart is a person of the country
 * its nationality adjective names, not that country. Read top to bottom: the phrase's head is "counterpart(s)"; each
 * country adjective in front of it (with its conjuncts); the document's only person of that country. A country with
 * no or several persons in the document gives no side (the country itself would be the wrong one). Stateless.
 */
final class Counterparts {

	private Counterparts() {
	}

	/**
	 * The persons the counterpart phrase headed by {@code h} names, in order; null when {@code h} heads no such
	 * phrase (other readings apply). {@code stateOf} gives the document's state actor a word names, or null.
	 */
	static List<ActorMention> at(ParsedSentence s, int h, DocActors actors, IntFunction<ActorMention> stateOf) {
		String w = s.word(h).toLowerCase(Locale.ROOT);
		if (!Mechanisms.on("relations.counterparts") || !(w.equals("counterpart") || w.equals("counterparts"))) {
			return null;
		}
		List<Integer> adjectives = new ArrayList<>();
		for (int a : s.children(h, "amod")) {
			if (a < h) {
				EventCoder.Clause.withConj(s, a, adjectives);
			}
		}
		List<ActorMention> out = new ArrayList<>();
		for (int a : adjectives) {
			ActorMention state = stateOf.apply(a);
			DocActor person = state == null ? null : onlyPerson(actors, state.actor().iso());
			if (person != null && out.stream().noneMatch(x -> x.actor() == person)) {
				out.add(new ActorMention(s.start(a), s.end(a), person));
				Firings.count("relations.counterparts");
			}
		}
		return adjectives.isEmpty() ? null : out;
	}

	private static DocActor onlyPerson(DocActors actors, String iso) {
		DocActor found = null;
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON && !iso.isEmpty() && iso.equals(a.iso()) && !a.spans().isEmpty()) {
				if (found != null) {
					return null;
				}
				found = a;
			}
		}
		return found;
	}
}
