package org.sourcebench.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sourcebench.ui.internal.Messages;

/**
 * Undo or Redo on an editing domain's command stack, labelled after the command ("Undo Merge Actors"). It is
 * the handler of the workbench's global Undo/Redo actions, so Edit > Undo and Ctrl+Z use it. It stays an action
 * (as EMF's own UndoAction does) because the workbench's Undo/Redo are label-retarget actions that take their
 * label from the part's handler action; every other command on the dossier is a handler in plugin.xml.
 */
public class CommandStackAction extends Action implements CommandStackListener {

	private final boolean undo;
	private EditingDomain domain;

	/** @return an Undo action */
	public static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	/** @return a Redo action */
	public static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		ActionFactory factory = undo ? ActionFactory.UNDO : ActionFactory.REDO;
		setId(factory.getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		String image = undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO;
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
		update();
	}

	/** Follows {@code newDomain}'s command stack from now on (null for none). */
	public void setEditingDomain(EditingDomain newDomain) {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(this);
		}
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		Display display = Display.getDefault();
		if (Display.getCurrent() == display) {
			update();
		} else {
			display.asyncExec(this::update);
		}
	}

	/** Sets label and enablement from the stack's next undo or redo command. */
	public void update() {
		CommandStack stack = domain == null ? null : domain.getCommandStack();
		Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
		String verb = undo ? Messages.Action_undo : Messages.Action_redo;
		String label = command == null || command.getLabel() == null ? null : command.getLabel();
		setText(label == null ? verb : NLS.bind(Messages.Action_undoRedoLabel, verb, label));
		setToolTipText(getText().replace("&", ""));
	}

	@Override
	public void run() {
		if (domain == null) {
			return;
		}
		CommandStack stack = domain.getCommandStack();
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}
}
