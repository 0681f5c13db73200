package org.sourcebench.extract.relations;

import java.util.List;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * Drops a relationship between a person and a state when the same sentence relates the same person, with the same
 * root and direction, to a person of that state ({@code relations.person-over-state}): "X and Russian President
 * Vladimir Putin discussed" read both as X and Putin and as X and Russia (the country adjective of the title taken for
 * a side); the guidelines enter what two named people do between the two people. Between two states or a state and a
 * group the state stays ("Russia and Ukraine agreed", next to a spokesman's name). Stateless.
 */
final class PersonOverState {

	static final String NAME = "relations.person-over-state";

	private PersonOverState() {
	}

	/** Removes from {@code out} the state-level copies of person-level relationships of the same sentence. */
	static void apply(DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		List<ExtractedRelationship> all = List.copyOf(out);
		int n = 0;
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			DocActor f = actors.byName(r.from());
			DocActor g = actors.byName(r.to());
			if (f == null || g == null || f.iso().equals(g.iso())) {
				continue;
			}
			boolean toState = g.kind() == ActorKind.STATE && f.kind() == ActorKind.PERSON
					&& personal(actors, all, r, r.from(), g.iso(), true);
			boolean fromState = f.kind() == ActorKind.STATE && g.kind() == ActorKind.PERSON
					&& personal(actors, all, r, r.to(), f.iso(), false);
			if (toState || fromState) {
				out.remove(i);
				n++;
			}
		}
		Mechanisms.fired(NAME, n);
	}

	/** Whether {@code all} relates {@code other} to a person of {@code iso} with r's root in r's evidence. */
	private static boolean personal(DocActors actors, List<ExtractedRelationship> all, ExtractedRelationship r,
			String other, String iso, boolean forward) {
		for (ExtractedRelationship p : all) {
			String person = forward ? p.to() : p.from();
			DocActor a = actors.byName(person);
			if (p != r && (forward ? p.from() : p.to()).equals(other) && p.root().equals(r.root()) && a != null
					&& a.kind() == ActorKind.PERSON && a.iso().equals(iso)
					&& p.evidence().begin() < r.evidence().end() && r.evidence().begin() < p.evidence().end()) {
				return true;
			}
		}
		return false;
	}
}
