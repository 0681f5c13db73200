package org.sourcebench.ingest.dossier;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;

/**
 * "Import Articles": adds new sources to a dossier and stamps its modification time, as one step on the
 * editing domain's command stack, so one Undo removes the whole import.
 */
public final class ImportArticlesCommand extends CompoundCommand {

	/**
	 * @param domain the dossier's editing domain
	 * @param dossier the dossier
	 * @param sources the new sources, in import order
	 * @param when the modification time to record
	 */
	public ImportArticlesCommand(EditingDomain domain, Dossier dossier, List<Source> sources, Instant when) {
		super(Messages.ImportArticlesCommand_label, Messages.ImportArticlesCommand_description);
		// The constructors, not AddCommand.create: they need no item providers, so the command works
		// headless with a bare AdapterFactoryEditingDomain as well as in the workbench.
		append(new AddCommand(domain, dossier, SourcebenchPackage.Literals.DOSSIER__SOURCES, sources));
		append(new SetCommand(domain, dossier, SourcebenchPackage.Literals.DOSSIER__MODIFIED, when));
	}
}
