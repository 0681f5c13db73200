package org.sourcebench.diagram.editor.parts;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.sourcebench.diagram.editor.figures.DetailLevel;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;

/**
 * Makes edit parts: the diagram, its actors (the model of an actor part is the dossier's {@link Actor}, so
 * the selection is the dossier element) and its relationships. As GEF 3.2 requires, it sets each part's
 * model itself.
 */
public class DiagramEditPartFactory implements EditPartFactory {

	private final EditingDomain domain;
	private final DetailLevel detail;

	/**
	 * @param domain the dossier's editing domain, for the commands the parts create
	 * @param detail how much the figures draw (follows the editor's zoom)
	 */
	public DiagramEditPartFactory(EditingDomain domain, DetailLevel detail) {
		this.domain = domain;
		this.detail = detail;
	}

	/** @return how much the figures draw */
	public DetailLevel detail() {
		return detail;
	}

	/** @return the dossier's editing domain */
	public EditingDomain domain() {
		return domain;
	}

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part;
		if (model instanceof Diagram) {
			part = new DiagramEditPart();
		} else if (model instanceof Actor) {
			part = new ActorEditPart();
		} else if (model instanceof Relationship) {
			part = new RelationshipEditPart();
		} else {
			throw new IllegalArgumentException("no edit part for " + model);
		}
		part.setModel(model);
		return part;
	}
}
