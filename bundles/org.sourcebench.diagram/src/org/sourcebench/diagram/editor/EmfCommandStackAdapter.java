package org.sourcebench.diagram.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * A GEF command stack that is a view of the dossier's EMF command stack, so the diagram editor and the
 * dossier editor share one undo history. GEF commands are executed as EMF commands on that stack (an
 * {@link EmfBackedCommand} as its EMF command itself, any other GEF command wrapped); undo, redo and dirty
 * state are the EMF stack's.
 */
public class EmfCommandStackAdapter extends CommandStack {

	private final org.eclipse.emf.common.command.CommandStack emfStack;
	private final CommandStackListener forward = this::changed;

	/** @param emfStack the dossier's command stack */
	public EmfCommandStackAdapter(org.eclipse.emf.common.command.CommandStack emfStack) {
		this.emfStack = emfStack;
		emfStack.addCommandStackListener(forward);
	}

	// GEF 3.2's undo/redo and save actions listen as CommandStackListeners, which only the deprecated
	// notifyListeners() reaches (notifyListeners(Command, int) reaches the newer event listeners only).
	@SuppressWarnings("deprecation")
	private void changed(EventObject event) {
		notifyListeners();
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		org.eclipse.emf.common.command.Command emf = command instanceof EmfBackedCommand backed ? backed.emfCommand() : new GefAsEmf(command);
		if (emf != null) {
			emfStack.execute(emf);
		}
	}

	@Override
	public boolean canUndo() {
		return emfStack.canUndo();
	}

	@Override
	public boolean canRedo() {
		return emfStack.canRedo();
	}

	@Override
	public void undo() {
		emfStack.undo();
	}

	@Override
	public void redo() {
		emfStack.redo();
	}

	@Override
	public Command getUndoCommand() {
		return labelOf(emfStack.getUndoCommand());
	}

	@Override
	public Command getRedoCommand() {
		return labelOf(emfStack.getRedoCommand());
	}

	private static Command labelOf(org.eclipse.emf.common.command.Command emf) {
		return emf == null ? null : new Command(emf.getLabel()) {
		};
	}

	@Override
	public boolean isDirty() {
		return emfStack instanceof org.eclipse.emf.common.command.BasicCommandStack basic && basic.isSaveNeeded();
	}

	@Override
	public void markSaveLocation() {
		// The dossier editor owns saving.
	}

	@Override
	public void flush() {
		// The history belongs to the dossier: closing a diagram must not clear it.
	}

	@Override
	public void dispose() {
		emfStack.removeCommandStackListener(forward);
		super.dispose();
	}

	/** A plain GEF command (a compound of moves, say) as an EMF command. */
	private static final class GefAsEmf extends AbstractCommand {
		private final Command gef;

		GefAsEmf(Command gef) {
			super(gef.getLabel());
			this.gef = gef;
		}

		@Override
		protected boolean prepare() {
			return gef.canExecute();
		}

		@Override
		public void execute() {
			gef.execute();
		}

		@Override
		public boolean canUndo() {
			return gef.canUndo();
		}

		@Override
		public void undo() {
			gef.undo();
		}

		@Override
		public void redo() {
			gef.redo();
		}
	}
}
