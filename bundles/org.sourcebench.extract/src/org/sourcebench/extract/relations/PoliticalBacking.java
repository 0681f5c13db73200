package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * Backing a person is political support (05), backing forces is material support (07): the annotation guidelines'
 * split of "back"/"support" ("verbal or political support" 05, "backing ... militarily" 07), which neither the
 * trigger table nor the CAMEO dictionary can make from the verb alone. A generic aid code (07, 070) whose target is a
 * person becomes 05; a specific aid (071 economic ... 075 asylum) stays. Stateless.
 */
final class PoliticalBacking {

	private static final Set<String> GENERIC_AID = Set.of("07", "070");
	private static final String POLITICAL = "05";

	private PoliticalBacking() {
	}

	/** Recodes the generic aid relationships of {@code out} whose target is a person. */
	static void recode(List<ExtractedRelationship> out, DocActors actors) {
		if (!Mechanisms.on("relations.political")) {
			return;
		}
		Set<String> persons = new HashSet<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON) {
				persons.add(a.name());
			}
		}
		Set<String> keys = new HashSet<>();
		out.forEach(r -> keys.add(r.from() + "|" + r.to() + "|" + r.root()));
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			if (GENERIC_AID.contains(r.cameoCode()) && persons.contains(r.to())) {
				if (keys.add(r.from() + "|" + r.to() + "|" + POLITICAL)) {
					out.set(i, new ExtractedRelationship(r.from(), r.to(), POLITICAL, r.evidence(), r.confidence()));
				} else {
					out.remove(i); // already there as political support
				}
			}
		}
	}
}
