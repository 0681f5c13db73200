package org.sourcebench.diagram.sync;

import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Span;

/**
 * Decides which of a dossier's relationships a diagram shows, from the diagram's filter: its sources (a
 * relationship is shown when one of its evidence spans lies in one of them), its QuadClasses and its minimum
 * corroboration (distinct sources among the evidence). A relationship without any evidence was drawn by an
 * analyst, not read from a text: it is shown when both its actors are already on the diagram.
 */
public final class DiagramFilter {

	private DiagramFilter() {
	}

	/**
	 * @param placedActorIsOnDiagram whether the relationship's two actors have nodes on the diagram
	 * @return true if {@code diagram} shows {@code relationship}
	 */
	public static boolean shows(Diagram diagram, Relationship relationship, boolean placedActorIsOnDiagram) {
		if (relationship.getFrom() == null || relationship.getTo() == null) {
			return false;
		}
		if (!diagram.getQuadClasses().isEmpty() && !diagram.getQuadClasses().contains(relationship.getQuadClass())) {
			return false;
		}
		if (relationship.getEvidence().isEmpty()) {
			return placedActorIsOnDiagram && diagram.getMinCorroboration() <= 1;
		}
		if (relationship.corroboration() < diagram.getMinCorroboration()) {
			return false;
		}
		if (diagram.getSources().isEmpty()) {
			return true;
		}
		for (Span span : relationship.getEvidence()) {
			if (diagram.getSources().contains(span.getSource())) {
				return true;
			}
		}
		return false;
	}
}
