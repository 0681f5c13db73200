package org.sourcebench.model.edit.commands;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Span;

/**
 * Removes mentions of actors or locations (their spans) that the analyst judges wrong; the actor or
 * location itself stays. One undo step for all the given spans.
 */
public class RemoveMentionCommand extends CompoundCommand {

	/** @param mentions spans contained in actors' or locations' mentions */
	public RemoveMentionCommand(EditingDomain domain, List<Span> mentions) {
		super(Messages.RemoveMentionCommand_label, Messages.RemoveMentionCommand_label);
		for (Span mention : mentions) {
			append(new RemoveCommand(domain, mention.eContainer(), mention.eContainingFeature(), mention));
		}
	}
}
