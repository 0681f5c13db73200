package org.sourcebench.extract.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A state every mention of which the location reader made a place is a place, not an agent of the story (mechanism
 * {@code actors.placedStates}; GUIDELINES.md: a country is an actor by its role, "Damascus agrees", and a location
 * where it is named as a place). The actor reader decides each country name by the words right before it
 * ({@link LocativeContext}); the location reader reads frames that reach further: the object of "border" ("it borders
 * Lebanon and Israel"), a possessive owning a territorial phrase ("in Cameroon's troubled anglophone region"), "the
 * partition of Cyprus", a place taken up again later. When those frames took every mention of a state, the state loses
 * its mentions; a state named anywhere else as well stays whole. Runs after the location reader, before the claim
 * and relation readers, which then find no mention of it. Stateless.
 */
public final class PlacedStates {

	private PlacedStates() {
	}

	/** Drops the states of {@code actors} whose every span is one of {@code placeSpans} ({begin, end} pairs). */
	public static void drop(DocActors actors, List<int[]> placeSpans) {
		if (!Mechanisms.on("actors.placedStates") || placeSpans.isEmpty()) {
			return;
		}
		Set<Long> places = new HashSet<>();
		for (int[] s : placeSpans) {
			places.add(key(s[0], s[1]));
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.kind() != ActorKind.STATE || a.spans().isEmpty()
					|| !a.spans().stream().allMatch(s -> places.contains(key(s[0], s[1])))) {
				continue;
			}
			actors.mentions().stream().filter(m -> m.actor() == a).toList().forEach(actors::remove);
			a.spans().clear();
			Mechanisms.fired("actors.placedStates", 1);
		}
	}

	private static long key(int begin, int end) {
		return (long) begin << 32 | end;
	}
}
