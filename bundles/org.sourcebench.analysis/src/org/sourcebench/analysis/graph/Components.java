package org.sourcebench.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.sourcebench.model.Actor;

/**
 * The connected components (clusters) of an {@link ActorGraph}: groups of actors linked by some path, largest
 * first, numbered from 1. An actor with no relationship is a component of its own.
 */
public final class Components {

	private final List<Set<Actor>> components;
	private final Map<Actor, Integer> numbers = new HashMap<>();

	public Components(ActorGraph graph) {
		components = new ArrayList<>(new ConnectivityInspector<>(graph.graph()).connectedSets());
		components.sort(Comparator.comparingInt((Set<Actor> c) -> -c.size()));
		for (int i = 0; i < components.size(); i++) {
			for (Actor actor : components.get(i)) {
				numbers.put(actor, i + 1);
			}
		}
	}

	/** @return the components, largest first */
	public List<Set<Actor>> all() {
		return java.util.Collections.unmodifiableList(components);
	}

	/** @return the number (1 = largest) of {@code actor}'s component, 0 when it is not in the graph */
	public int numberOf(Actor actor) {
		return numbers.getOrDefault(actor, 0);
	}
}
