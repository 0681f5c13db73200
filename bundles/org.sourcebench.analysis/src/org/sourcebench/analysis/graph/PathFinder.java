package org.sourcebench.analysis.graph;

import java.util.List;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;

/** Shortest connection between two actors in an {@link ActorGraph} (fewest hops; JGraphT's breadth-first search). */
public final class PathFinder {

	/**
	 * One step of a path: from an actor to the next, through the relationships between them.
	 *
	 * @param from          the actor the step starts at
	 * @param to            the actor it reaches
	 * @param relationships the relationships between the two (in either direction), the evidence of the step
	 */
	public record Step(Actor from, Actor to, List<Relationship> relationships) {
	}

	private final ActorGraph graph;

	public PathFinder(ActorGraph graph) {
		this.graph = graph;
	}

	/**
	 * @return the steps of a shortest path from {@code from} to {@code to}; empty when {@code from == to};
	 *         null when they are not connected (or one is not in the graph)
	 */
	public List<Step> shortestPath(Actor from, Actor to) {
		if (!graph.graph().containsVertex(from) || !graph.graph().containsVertex(to)) {
			return null;
		}
		if (from == to) {
			return List.of();
		}
		GraphPath<Actor, ActorGraph.Link> path = new BFSShortestPath<>(graph.graph()).getPath(from, to);
		if (path == null) {
			return null;
		}
		List<Actor> actors = path.getVertexList();
		List<ActorGraph.Link> links = path.getEdgeList();
		java.util.List<Step> steps = new java.util.ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			steps.add(new Step(actors.get(i), actors.get(i + 1), List.copyOf(links.get(i).relationships())));
		}
		return steps;
	}
}
