package org.sourcebench.ui.handlers;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.edit.commands.DeleteElementCommand;

/**
 * The workbench's Delete (Edit &gt; Delete, the Delete key) in the dossier views: deletes the selected elements
 * and what depends on them (see {@link DeleteElementCommand}).
 */
public class DeleteElementsHandler extends SelectionCommandHandler {

	@Override
	protected Command createCommand(EditingDomain domain, List<?> selected) {
		if (!selected.stream().allMatch(e -> e instanceof IdentifiedElement element && element.eContainer() != null)) {
			return null;
		}
		return new DeleteElementCommand(domain, selected.stream().map(EObject.class::cast).toList());
	}
}
