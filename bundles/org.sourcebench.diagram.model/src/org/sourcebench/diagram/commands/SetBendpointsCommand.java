package org.sourcebench.diagram.commands;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.diagram.notation.Bendpoint;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.diagram.notation.NotationFactory;
import org.sourcebench.diagram.notation.NotationPackage.Literals;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;

/**
 * Replaces the bendpoints of a relationship's edge ("Bend Edge"): the old routing is removed and a new one
 * added, so undo restores the old one exactly. An empty list makes the edge straight again.
 */
public class SetBendpointsCommand extends CompoundCommand {

	/** @param points x, y pairs in diagram coordinates */
	public SetBendpointsCommand(EditingDomain domain, Diagram diagram, Relationship relationship, List<int[]> points) {
		super(Messages.SetBendpointsCommand_label, Messages.SetBendpointsCommand_label);
		Edge old = edgeOf(diagram, relationship);
		if (old != null) {
			append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__EDGES, old));
		}
		if (!points.isEmpty()) {
			Edge edge = Dossiers.withId(NotationFactory.eINSTANCE.createEdge());
			edge.setRelationship(relationship);
			for (int[] point : points) {
				Bendpoint bendpoint = NotationFactory.eINSTANCE.createBendpoint();
				bendpoint.setX(point[0]);
				bendpoint.setY(point[1]);
				edge.getBendpoints().add(bendpoint);
			}
			append(new AddCommand(domain, diagram, Literals.DIAGRAM__EDGES, edge));
		}
	}

	/** @return the routing of {@code relationship} on {@code diagram}, or null */
	public static Edge edgeOf(Diagram diagram, Relationship relationship) {
		for (Edge edge : diagram.getEdges()) {
			if (edge.getRelationship() == relationship) {
				return edge;
			}
		}
		return null;
	}
}
