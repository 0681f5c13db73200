package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * A counted group that no list resolves ({@code relations.counted-salience}): "the two countries", "both sides" with
 * no list of exactly that many before it stand for the actors of the group's kinds the story has named most before
 * the group, when exactly that many lead: each of them named more often than any other actor of those kinds, an
 * unnamed one ("a senior official") never among them ("Ethiopia accused Eritrea ... tensions between the two countries"; a story about a pair of states names them
 * again and again, a third state in passing). Coreference constrained by kind and number: the group's noun gives the
 * kinds ({@code group-anaphors.tsv}), its count the number. Stateless; safe to share between threads.
 */
final class CountedSides {

	static final String NAME = "relations.counted-salience";
	/** How the actor readers name an actor the text describes without a name ("unnamed senior official"). */
	private static final String UNNAMED = "unnamed ";

	private CountedSides() {
	}

	/**
	 * The {@code n} actors of {@code kinds} named most often before {@code begin}, each as a mention on
	 * {@code [begin, end)}, when they lead every other actor of those kinds; else empty.
	 */
	static List<ActorMention> salient(int begin, int end, int n, Set<ActorKind> kinds, DocActors actors) {
		if (!Mechanisms.on(NAME) || n < 2 || kinds == null) {
			return List.of();
		}
		Map<DocActor, Integer> counts = new LinkedHashMap<>();
		for (ActorMention m : actors.mentions()) {
			if (m.end() > begin) {
				break;
			}
			if (kinds.contains(m.actor().kind()) && !m.actor().name().startsWith(UNNAMED)) {
				counts.merge(m.actor(), 1, Integer::sum);
			}
		}
		List<DocActor> ranked = new ArrayList<>(counts.keySet());
		ranked.sort(Comparator.comparingInt((DocActor a) -> -counts.get(a))); // stable: first named first on ties
		if (ranked.size() < n || ranked.size() > n && counts.get(ranked.get(n)) >= counts.get(ranked.get(n - 1))) {
			return List.of();
		}
		List<ActorMention> out = new ArrayList<>();
		for (DocActor a : ranked.subList(0, n)) {
			out.add(new ActorMention(begin, end, a));
		}
		Mechanisms.fired(NAME, 1);
		return out;
	}
}
