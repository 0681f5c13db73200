package org.sourcebench.diagram.sync;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;

/**
 * What a diagram shows right now, derived from its notation and its dossier: the relationships the
 * {@link DiagramFilter} lets through and the actors at their ends, plus the other actors placed as nodes when
 * the diagram shows unrelated actors (and, always, the actors an analyst drew on it, which no text mentions).
 *
 * <p>This derivation is how diagrams stay in step with the dossier. Nothing is copied into the notation when
 * the dossier changes, so there is nothing to undo separately: a renamed actor is drawn with its new name, a
 * deleted relationship is no longer derived, a new one appears when it passes the filter, and after a merge
 * the survivor carries the merged actor's relationships (EMF's delete command inside the merge clears the
 * merged actor's node reference, undoably). An actor that is shown but has no node yet gets a provisional
 * place right of the placed ones, until a move or a layout gives it a node.
 */
public final class DiagramContents {

	/** Provisional size of a node that has not been placed. */
	public static final int DEFAULT_HEIGHT = 64;

	private final Diagram diagram;
	private final Map<Actor, Node> nodes = new LinkedHashMap<>();
	private final Set<Actor> actors = new LinkedHashSet<>();
	private final Set<Relationship> relationships = new LinkedHashSet<>();
	private final Map<Relationship, Edge> edges = new IdentityHashMap<>();
	private final Map<Actor, int[]> provisional = new IdentityHashMap<>();

	private final Dossier dossier;
	private int hiddenUnrelated;

	private DiagramContents(Diagram diagram, Dossier dossier) {
		this.diagram = diagram;
		this.dossier = dossier;
	}

	/** @return the contents of {@code diagram}, which must be in a dossier */
	public static DiagramContents of(Diagram diagram) {
		return of(diagram, dossierOf(diagram));
	}

	/** @return the contents {@code diagram} has, or would have, in {@code dossier} (it need not be added yet) */
	public static DiagramContents of(Diagram diagram, Dossier dossier) {
		DiagramContents contents = new DiagramContents(diagram, dossier);
		contents.derive();
		return contents;
	}

	/** @return the dossier that contains {@code diagram}, or null */
	public static Dossier dossierOf(Diagram diagram) {
		return diagram.eContainer() instanceof Dossier dossier ? dossier : null;
	}

	private void derive() {
		for (Node node : diagram.getNodes()) {
			if (node.getActor() != null && node.getActor().eContainer() == dossier && !nodes.containsKey(node.getActor())) {
				nodes.put(node.getActor(), node);
			}
		}
		for (Edge edge : diagram.getEdges()) {
			if (edge.getRelationship() != null) {
				edges.put(edge.getRelationship(), edge);
			}
		}
		Set<Actor> related = new LinkedHashSet<>();
		if (dossier != null) {
			for (Relationship relationship : dossier.getRelationships()) {
				boolean placed = nodes.containsKey(relationship.getFrom()) && nodes.containsKey(relationship.getTo());
				if (DiagramFilter.shows(diagram, relationship, placed)) {
					relationships.add(relationship);
					related.add(relationship.getFrom());
					related.add(relationship.getTo());
				}
			}
		}
		// placed actors first, in node order; an unrelated one only when asked for, or when drawn by hand
		for (Actor actor : nodes.keySet()) {
			if (related.contains(actor) || diagram.isShowUnrelatedActors() || actor.getMentions().isEmpty()) {
				actors.add(actor);
			} else {
				hiddenUnrelated++;
			}
		}
		actors.addAll(related);
		placeUnplaced();
	}

	/**
	 * @return how many actors placed on the diagram are not drawn because they take part in none of the
	 *         relationships shown (see {@link Diagram#isShowUnrelatedActors()})
	 */
	public int hiddenUnrelated() {
		return hiddenUnrelated;
	}

	/** Unplaced actors go in a column right of everything placed, so they never cover a placed node. */
	private void placeUnplaced() {
		int right = 0;
		int top = Integer.MAX_VALUE;
		for (Node node : nodes.values()) {
			right = Math.max(right, node.getX() + node.getWidth());
			top = Math.min(top, node.getY());
		}
		int x = nodes.isEmpty() ? 20 : right + 80;
		int y = top == Integer.MAX_VALUE ? 20 : top;
		for (Actor actor : actors) {
			if (!nodes.containsKey(actor)) {
				int width = preferredWidth(actor);
				provisional.put(actor, new int[] { x, y, width, DEFAULT_HEIGHT });
				y += DEFAULT_HEIGHT + 30;
			}
		}
	}

	/**
	 * @return a width that fits the actor's name (bold) and kind line next to its icon; estimated at 8.5 and 7
	 *         pixels a character, a little more than 9-point sans needs, since a headless bundle has no fonts
	 */
	public static int preferredWidth(Actor actor) {
		String name = actor.getCanonicalName() == null ? "" : actor.getCanonicalName();
		// the second line: kind and country, e.g. "Government · US", in the plain font
		int detail = 20 + (actor.getCountry() == null ? 0 : actor.getCountry().length() + 3);
		return Math.max(150, Math.min(300, 76 + (int) Math.ceil(Math.max(name.length() * 8.5, detail * 7.0))));
	}

	/** @return the diagram */
	public Diagram diagram() {
		return diagram;
	}

	/** @return the actors shown, placed ones first */
	public List<Actor> actors() {
		return List.copyOf(actors);
	}

	/** @return the relationships shown; both their ends are in {@link #actors()} */
	public List<Relationship> relationships() {
		return List.copyOf(relationships);
	}

	/** @return the actor's node, or null if it is shown at a provisional place */
	public Node nodeOf(Actor actor) {
		return nodes.get(actor);
	}

	/** @return the relationship's routing, or null if it is drawn straight */
	public Edge edgeOf(Relationship relationship) {
		return edges.get(relationship);
	}

	/** @return x, y, width, height of the actor on the diagram (its node's bounds or its provisional place) */
	public int[] boundsOf(Actor actor) {
		Node node = nodes.get(actor);
		if (node != null) {
			return new int[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() };
		}
		int[] bounds = provisional.get(actor);
		return bounds == null ? null : bounds.clone();
	}

	/** @return true if the actor is shown */
	public boolean shows(Actor actor) {
		return actors.contains(actor);
	}

	/** @return true if the relationship is shown */
	public boolean shows(Relationship relationship) {
		return relationships.contains(relationship);
	}
}
