package org.sourcebench.extract.dossier;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * "Extract Actors and Events": everything one extraction run adds to a dossier, undone in one step.
 */
public final class RecordExtractionCommand extends CompoundCommand {

	/** @param commands the additions, in the order they must run (actors before the claims naming them) */
	public RecordExtractionCommand(List<Command> commands) {
		super(Messages.RecordExtractionCommand_label, commands);
	}
}
