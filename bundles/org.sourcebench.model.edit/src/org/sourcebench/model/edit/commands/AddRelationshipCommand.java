package org.sourcebench.model.edit.commands;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Span;
import org.sourcebench.model.cameo.CameoEvent;

/**
 * Hand annotation: a relationship the analyst read in the selected text, typed with a CAMEO event (its
 * label, QuadClass and Goldstein value follow from the code). It is the
 * analyst's own finding, so it starts confirmed with full confidence; the selection is its evidence.
 */
public class AddRelationshipCommand extends CreateElementCommand {

	public AddRelationshipCommand(EditingDomain domain, Dossier dossier, Actor from, Actor to, CameoEvent event, Span evidence) {
		super(domain, dossier, relationship(from, to, event, evidence));
		setLabel(Messages.AddRelationshipCommand_label);
		setDescription(Messages.AddRelationshipCommand_label);
	}

	private static Relationship relationship(Actor from, Actor to, CameoEvent event, Span evidence) {
		Relationship relationship = Dossiers.newRelationship(from, to, event.code());
		relationship.getEvidence().add(evidence);
		relationship.setStatus(RelationshipStatus.CONFIRMED);
		relationship.setConfidence(1.0);
		return relationship;
	}

	/** @return the new relationship */
	public Relationship getRelationship() {
		return (Relationship) collection.iterator().next();
	}
}
