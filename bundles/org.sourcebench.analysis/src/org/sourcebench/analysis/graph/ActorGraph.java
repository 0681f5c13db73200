package org.sourcebench.analysis.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;

/**
 * The dossier's actors and relationships as an undirected simple graph (JGraphT): one vertex per actor, one
 * edge per pair of actors that share at least one relationship passing the filter, whatever its direction.
 * Link analysis asks who is connected to whom, so direction and repetition do not change a path; a
 * relationship from an actor to itself (after a merge) is left out. Each edge knows its relationships, so a
 * path can be shown with its evidence.
 */
public final class ActorGraph {

	/** An edge: two actors and the relationships between them. */
	public static final class Link extends DefaultEdge {
		private static final long serialVersionUID = 1L;
		private final transient List<Relationship> relationships = new ArrayList<>();

		/** @return the relationships between the two actors, in dossier order */
		public List<Relationship> relationships() {
			return relationships;
		}
	}

	private final Graph<Actor, Link> graph = new SimpleGraph<>(Link.class);

	/** Builds the graph of {@code dossier}'s actors and those relationships that pass {@code filter}. */
	public ActorGraph(Dossier dossier, RelationshipFilter filter) {
		this(dossier.getActors(), dossier.getRelationships(), filter);
	}

	/** Builds the graph of {@code actors} and those {@code relationships} that pass {@code filter}. */
	public ActorGraph(Collection<Actor> actors, Collection<Relationship> relationships, RelationshipFilter filter) {
		actors.forEach(graph::addVertex);
		for (Relationship relationship : relationships) {
			Actor from = relationship.getFrom();
			Actor to = relationship.getTo();
			if (from == null || to == null || from == to || !filter.test(relationship) || !graph.containsVertex(from)
					|| !graph.containsVertex(to)) {
				continue;
			}
			Link link = graph.getEdge(from, to);
			if (link == null) {
				link = graph.addEdge(from, to);
			}
			link.relationships.add(relationship);
		}
	}

	/** @return the JGraphT graph (read it, do not change it) */
	public Graph<Actor, Link> graph() {
		return graph;
	}

	/** @return the actors */
	public Set<Actor> actors() {
		return graph.vertexSet();
	}
}
