package org.sourcebench.diagram.editor;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that stands for an EMF command on the dossier's stack. Inside a GEF compound it executes the
 * EMF command directly; on its own, {@link EmfCommandStackAdapter} puts the EMF command itself on the stack,
 * so the Undo menu names it. The EMF command may be decided late ({@link #createEmfCommand()} may ask the
 * analyst, e.g. for a CAMEO code) and may be null, meaning "cancelled".
 */
public class EmfBackedCommand extends Command {

	private org.eclipse.emf.common.command.Command emf;
	private boolean resolved;

	/** @param emf the EMF command */
	public EmfBackedCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
		this.resolved = true;
	}

	/** For subclasses that decide their EMF command late. */
	protected EmfBackedCommand(String label) {
		super(label);
	}

	/** @return the EMF command, created on first use; null if cancelled */
	public final org.eclipse.emf.common.command.Command emfCommand() {
		if (!resolved) {
			emf = createEmfCommand();
			resolved = true;
		}
		return emf;
	}

	/** Subclasses that decide late create their command here. */
	protected org.eclipse.emf.common.command.Command createEmfCommand() {
		return null;
	}

	@Override
	public boolean canExecute() {
		return !resolved || (emf != null && emf.canExecute());
	}

	@Override
	public void execute() {
		org.eclipse.emf.common.command.Command command = emfCommand();
		if (command != null && command.canExecute()) {
			command.execute();
		}
	}

	@Override
	public boolean canUndo() {
		return emf != null && emf.canUndo();
	}

	@Override
	public void undo() {
		emf.undo();
	}

	@Override
	public void redo() {
		emf.redo();
	}
}
