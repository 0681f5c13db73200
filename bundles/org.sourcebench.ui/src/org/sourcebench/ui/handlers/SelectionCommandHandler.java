package org.sourcebench.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The handler of a command on the selected dossier elements: it runs one EMF command on the editing domain of
 * the active part (a dossier view or editor adapts to its {@link EditingDomain}). plugin.xml says when the
 * handler applies (selection type and count, the part); the handler is enabled when {@link #createCommand}
 * gives an executable command for the selection, which also covers what an expression cannot see (for
 * example that the selected relationships are all confirmed already).
 */
public abstract class SelectionCommandHandler extends AbstractHandler {

	/** @return the command for {@code selected}, or null when the handler does not apply */
	protected abstract Command createCommand(EditingDomain domain, List<?> selected);

	@Override
	public void setEnabled(Object evaluationContext) {
		if (!(evaluationContext instanceof IEvaluationContext context)) {
			setBaseEnabled(false);
			return;
		}
		Command command = command(context.getVariable(ISources.ACTIVE_PART_NAME), context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME));
		setBaseEnabled(command != null && command.canExecute());
		if (command != null) {
			command.dispose();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		Command command = command(part, HandlerUtil.getCurrentSelection(event));
		if (command != null && command.canExecute()) {
			domainOf(part).getCommandStack().execute(command);
		}
		return null;
	}

	private Command command(Object part, Object selection) {
		EditingDomain domain = domainOf(part);
		if (domain == null || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		return createCommand(domain, structured.toList());
	}

	/** @return the editing domain of the dossier {@code part} shows, or null */
	protected static EditingDomain domainOf(Object part) {
		return part instanceof IWorkbenchPart workbenchPart ? workbenchPart.getAdapter(EditingDomain.class) : null;
	}
}
