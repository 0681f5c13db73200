package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;

/**
 * Drops the relationships of an unnamed speaker that are not its own statement against another actor
 * ({@code relations.unnamed-ends}). The guidelines enter an unnamed speaker ("officials", "local sources", "reports")
 * as an actor only so that every claim has a speaker, and exclude actions whose target is an unnamed group: such an
 * actor is never the target of a relationship, and as the agent it only accuses, criticises, rejects, demands or
 * threatens (roots 10 to 13, the roots the guidelines code from statements): an unnamed source that "hinted" or
 * "suggested" something of an actor reports it, and it meets or fights no one. Stateless.
 */
final class UnnamedEnds {

	static final String NAME = "relations.unnamed-ends";

	/** The roots of a speaker's statement against another actor: demand, disapprove, reject, threaten. */
	private static final Set<String> STATEMENT_ROOTS = Set.of("10", "11", "12", "13");

	private UnnamedEnds() {
	}

	/** Removes from {@code out} the relationships with an unnamed target or an unnamed agent that does not state. */
	static void apply(List<ExtractedRelationship> out) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		int n = 0;
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			boolean drop = DocActor.isUnnamed(r.to()) || (DocActor.isUnnamed(r.from())
					&& !STATEMENT_ROOTS.contains(r.root()));
			if (drop) {
				out.remove(i);
				n++;
			}
		}
		Mechanisms.fired(NAME, n);
	}
}
