package org.sourcebench.ui.actions;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.edit.commands.DeleteElementCommand;
import org.sourcebench.ui.internal.Messages;

/** Delete the selected elements and what depends on them (see {@link DeleteElementCommand}). */
public class DeleteElementsAction extends SelectionAction {

    public DeleteElementsAction(ISelectionProvider selectionProvider, Supplier<EditingDomain> domain) {
        super(Messages.Action_delete, selectionProvider, domain);
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
    }

    @Override
    protected Command createCommand(EditingDomain domain, List<?> selected) {
        if (!selected.stream().allMatch(e -> e instanceof IdentifiedElement element && element.eContainer() != null)) {
            return null;
        }
        return new DeleteElementCommand(domain, selected.stream().map(EObject.class::cast).toList());
    }
}
