package org.sourcebench.diagram.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.diagram.layout.LayoutGraph;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationPackage.Literals;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;

/**
 * Applies a layout's bounds to a diagram in one undoable step ("Layout Diagram"). It also tidies the
 * notation: nodes whose actor was deleted or merged away and routings whose relationship is gone are
 * removed, and routings of edges whose ends moved are dropped (they would point into empty space).
 */
public class ApplyLayoutCommand extends CompoundCommand {

	/**
	 * @param bounds new bounds by actor; pinned actors should map to their current bounds
	 */
	public ApplyLayoutCommand(EditingDomain domain, Diagram diagram, Map<Actor, NodeBounds> bounds) {
		super(Messages.ApplyLayoutCommand_label, Messages.ApplyLayoutCommand_label);
		List<Node> orphans = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			if (node.getActor() == null) {
				orphans.add(node);
			}
		}
		if (!orphans.isEmpty()) {
			append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__NODES, orphans));
		}
		bounds.forEach((actor, b) -> append(new PlaceNodeCommand(domain, diagram, actor, b, null, Messages.ApplyLayoutCommand_label)));
		List<Edge> stale = new ArrayList<>();
		for (Edge edge : diagram.getEdges()) {
			Relationship relationship = edge.getRelationship();
			if (relationship == null || moved(diagram, bounds, relationship.getFrom()) || moved(diagram, bounds, relationship.getTo())) {
				stale.add(edge);
			}
		}
		if (!stale.isEmpty()) {
			append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__EDGES, stale));
		}
	}

	private static boolean moved(Diagram diagram, Map<Actor, NodeBounds> bounds, Actor actor) {
		NodeBounds b = bounds.get(actor);
		Node node = PlaceNodeCommand.nodeOf(diagram, actor);
		return b != null && (node == null || node.getX() != b.x() || node.getY() != b.y());
	}

	/**
	 * Lays out what {@code diagram} shows (pinned nodes stay) and returns the command that applies it.
	 */
	public static ApplyLayoutCommand layout(EditingDomain domain, Diagram diagram, LayoutService service, LayoutService.Style style) {
		return new ApplyLayoutCommand(domain, diagram, compute(DiagramContents.of(diagram), service, style));
	}

	/** @return bounds for every actor {@code contents} shows */
	public static Map<Actor, NodeBounds> compute(DiagramContents contents, LayoutService service, LayoutService.Style style) {
		return service.layout(graphOf(contents), style);
	}

	/**
	 * @return the graph a layout service lays out for what {@code contents} shows: pinned actors at their place,
	 *         the others at their preferred size; it holds no notation objects, so it can be laid out on any thread
	 */
	public static LayoutGraph<Actor> graphOf(DiagramContents contents) {
		LayoutGraph<Actor> graph = new LayoutGraph<>();
		for (Actor actor : contents.actors()) {
			Node node = contents.nodeOf(actor);
			int[] b = contents.boundsOf(actor);
			if (node != null && node.isPinned()) {
				graph.pinned(actor, b[0], b[1], b[2], b[3]);
			} else {
				graph.node(actor, DiagramContents.preferredWidth(actor), DiagramContents.DEFAULT_HEIGHT);
			}
		}
		for (Relationship relationship : contents.relationships()) {
			graph.edge(relationship.getFrom(), relationship.getTo());
		}
		return graph;
	}
}
