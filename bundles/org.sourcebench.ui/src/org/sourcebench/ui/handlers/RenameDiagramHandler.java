package org.sourcebench.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.model.edit.commands.RenameCommand;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * The workbench's Rename (F2) on a diagram in the navigator: asks for the new name; one Rename command.
 * plugin.xml limits it to one selected diagram ({@link ElementPropertyTester#DIAGRAM}).
 */
public class RenameDiagramHandler extends SelectionCommandHandler {

	@Override
	protected Command createCommand(EditingDomain domain, List<?> selected) {
		return renameTo(domain, selected, null);
	}

	private static Command renameTo(EditingDomain domain, List<?> selected, String newName) {
		if (selected.size() != 1 || !(selected.get(0) instanceof EObject diagram) || RenameCommand.nameFeature(diagram) == null
				|| diagram.eContainer() == null) {
			return null;
		}
		return new RenameCommand(domain, diagram, newName == null ? ElementLabels.text(diagram) : newName);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		EditingDomain domain = domainOf(part);
		if (domain == null || !(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof EObject diagram) || renameTo(domain, selection.toList(), null) == null) {
			return null;
		}
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Dialog_renameDiagramTitle,
				Messages.Dialog_renameDiagramMessage, ElementLabels.text(diagram), text -> text.isBlank() ? "" : null);
		if (dialog.open() == Window.OK) {
			Command command = renameTo(domain, selection.toList(), dialog.getValue().strip());
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
		return null;
	}
}
