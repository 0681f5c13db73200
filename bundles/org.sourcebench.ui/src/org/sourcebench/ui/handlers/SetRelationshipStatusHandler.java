package org.sourcebench.ui.handlers;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;

/**
 * Confirm or Reject the selected relationships (one undoable step for the whole selection). The status comes
 * from plugin.xml ({@code class="...SetRelationshipStatusHandler:confirmed"}); it is enabled while at least one
 * selected relationship has another status.
 */
public class SetRelationshipStatusHandler extends SelectionCommandHandler implements IExecutableExtension {

	private RelationshipStatus status;

	/** For plugin.xml, which passes the status as initialisation data. */
	public SetRelationshipStatusHandler() {
	}

	/** @param status the status the handler sets */
	public SetRelationshipStatusHandler(RelationshipStatus status) {
		this.status = status;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		status = data instanceof String name ? RelationshipStatus.get(name) : null;
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
		CompoundCommand all = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		changing.forEach(r -> all.append(new SetRelationshipStatusCommand(domain, r, status)));
		all.setLabel(new SetRelationshipStatusCommand(domain, changing.get(0), status).getLabel());
		return all;
	}
}
