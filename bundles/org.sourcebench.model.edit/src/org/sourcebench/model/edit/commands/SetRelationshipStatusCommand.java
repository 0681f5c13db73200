package org.sourcebench.model.edit.commands;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.SourcebenchPackage;

/** Confirms or rejects an extracted relationship (or puts it back to extracted). */
public class SetRelationshipStatusCommand extends SetFeatureCommand {

	/** Sets {@code relationship}'s status to {@code status}. */
	public SetRelationshipStatusCommand(EditingDomain domain, Relationship relationship, RelationshipStatus status) {
		super(domain, relationship, SourcebenchPackage.Literals.RELATIONSHIP__STATUS, status, Messages.SetRelationshipStatusCommand_label);
	}
}
