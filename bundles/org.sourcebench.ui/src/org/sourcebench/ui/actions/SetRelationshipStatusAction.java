package org.sourcebench.ui.actions;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;
import org.sourcebench.ui.internal.Messages;

/** Confirm or Reject the selected relationships (one undoable step for the whole selection). */
public class SetRelationshipStatusAction extends SelectionAction {

    private final RelationshipStatus status;

    public SetRelationshipStatusAction(RelationshipStatus status, ISelectionProvider selectionProvider, Supplier<EditingDomain> domain) {
        super(status == RelationshipStatus.CONFIRMED ? Messages.Action_confirm
                : status == RelationshipStatus.REJECTED ? Messages.Action_reject : Messages.Action_unreview, selectionProvider, domain);
        this.status = status;
        setActionDefinitionId(status == RelationshipStatus.CONFIRMED ? "org.sourcebench.ui.commands.confirmRelationship"
                : status == RelationshipStatus.REJECTED ? "org.sourcebench.ui.commands.rejectRelationship" : null);
        update();
    }

    @Override
    protected Command createCommand(EditingDomain domain, List<?> selected) {
        if (status == null || selected.isEmpty() || !selected.stream().allMatch(Relationship.class::isInstance)) {
            return null;
        }
        List<Relationship> changing = selected.stream().map(Relationship.class::cast).filter(r -> r.getStatus() != status).toList();
        if (changing.isEmpty()) {
            return null;
        }
        if (changing.size() == 1) {
            return new SetRelationshipStatusCommand(domain, changing.get(0), status);
        }
        CompoundCommand all = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, changing.size() + " " + getText());
        changing.forEach(r -> all.append(new SetRelationshipStatusCommand(domain, r, status)));
        all.setLabel(new SetRelationshipStatusCommand(domain, changing.get(0), status).getLabel());
        return all;
    }
}
