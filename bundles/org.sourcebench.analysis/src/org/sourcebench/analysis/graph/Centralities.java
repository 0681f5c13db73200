package org.sourcebench.analysis.graph;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.sourcebench.model.Actor;

/**
 * Degree, betweenness and eigenvector centrality of every actor of an {@link ActorGraph}, computed by JGraphT.
 * <ul>
 * <li><b>degree</b>: the number of other actors it has a relationship with;</li>
 * <li><b>betweenness</b>: the share of shortest paths between other actors that pass through it, normalised
 * to 0..1 (a broker, a go-between); Brandes' algorithm;</li>
 * <li><b>eigenvector</b>: connected to well-connected actors, scaled so the scores form a unit vector
 * (JGraphT's power iteration, at most 100 iterations, tolerance 1e-4); 0 for an isolated actor.</li>
 * </ul>
 */
public final class Centralities {

	/** The measures of one actor. */
	public record Scores(int degree, double betweenness, double eigenvector) {
		/** Scores of an actor that is not in the graph. */
		public static final Scores NONE = new Scores(0, 0, 0);
	}

	private final Map<Actor, Scores> scores = new HashMap<>();

	/** Computes every measure for every actor of {@code actorGraph}. */
	public Centralities(ActorGraph actorGraph) {
		var graph = actorGraph.graph();
		int n = graph.vertexSet().size();
		// JGraphT's own normalisation divides by (n-1)(n-2) also on undirected graphs, where there are half as
		// many pairs: normalise here, so that the centre of a star scores 1 as in the literature.
		double pairs = (n - 1) * (n - 2) / 2.0;
		Map<Actor, Double> betweenness = n < 3 ? Map.of() : new BetweennessCentrality<>(graph, false).getScores();
		Map<Actor, Double> eigenvector = graph.edgeSet().isEmpty() ? Map.of()
				: new EigenvectorCentrality<>(graph, 100, 1e-4).getScores();
		for (Actor actor : graph.vertexSet()) {
			scores.put(actor, new Scores(graph.degreeOf(actor), n < 3 ? 0.0 : betweenness.getOrDefault(actor, 0.0) / pairs,
					graph.degreeOf(actor) == 0 ? 0.0 : eigenvector.getOrDefault(actor, 0.0)));
		}
	}

	/** @return the measures of {@code actor}, {@link Scores#NONE} when it is not in the graph */
	public Scores of(Actor actor) {
		return scores.getOrDefault(actor, Scores.NONE);
	}

	/** @return the measures of every actor (unmodifiable) */
	public Map<Actor, Scores> all() {
		return java.util.Collections.unmodifiableMap(scores);
	}
}
