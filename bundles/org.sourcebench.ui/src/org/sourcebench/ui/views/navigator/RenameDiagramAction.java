package org.sourcebench.ui.views.navigator;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.model.edit.commands.RenameCommand;
import org.sourcebench.ui.actions.SelectionAction;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/** Navigator > Diagrams > Rename…: asks for the new name; one Rename command. */
public class RenameDiagramAction extends SelectionAction {

    RenameDiagramAction(ISelectionProvider selectionProvider, Supplier<EditingDomain> domain) {
        super(Messages.Action_renameDiagram, selectionProvider, domain);
        this.selection = selectionProvider;
    }

    private final ISelectionProvider selection;
    private String newName;

    @Override
    protected Command createCommand(EditingDomain domain, List<?> selected) {
        if (selected.size() != 1 || !(selected.get(0) instanceof EObject diagram) || RenameCommand.nameFeature(diagram) == null
                || diagram.eContainer() == null) {
            return null;
        }
        return new RenameCommand(domain, diagram, newName == null ? ElementLabels.text(diagram) : newName);
    }

    @Override
    public void run() {
        if (!(selection.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof EObject diagram)) {
            return;
        }
        InputDialog dialog = new InputDialog(Display.getCurrent().getActiveShell(), Messages.Dialog_renameDiagramTitle,
                Messages.Dialog_renameDiagramMessage, ElementLabels.text(diagram), text -> text.isBlank() ? "" : null);
        if (dialog.open() == Window.OK) {
            newName = dialog.getValue().strip();
            try {
                super.run();
            } finally {
                newName = null;
            }
        }
    }
}
