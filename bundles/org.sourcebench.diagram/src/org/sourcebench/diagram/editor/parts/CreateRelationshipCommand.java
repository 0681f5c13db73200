package org.sourcebench.diagram.editor.parts;

import java.util.function.Supplier;

import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.Messages;
import org.sourcebench.diagram.editor.CameoEventDialog;
import org.sourcebench.diagram.editor.EmfBackedCommand;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.cameo.CameoEvent;

/**
 * Creates a relationship dragged from one actor to another. The CAMEO event is asked for when the command
 * is executed (never while GEF is only hovering), from the editor's searchable list
 * ({@link CameoEventDialog}). Choosing nothing cancels.
 */
public class CreateRelationshipCommand extends EmfBackedCommand {

	/**
	 * Asks for the CAMEO event of a new relationship (null cancels) instead of the viewer's chooser
	 * ({@link CameoEventDialog#CHOOSER_PROPERTY}); for tests, which cannot click through a dialog.
	 */
	public static volatile Supplier<CameoEvent> chooserOverride;

	private final DiagramEditPart diagram;
	private final Actor source;
	private Actor target;

	CreateRelationshipCommand(DiagramEditPart diagram, Actor source) {
		super(Messages.CreateRelationshipCommand_label);
		this.diagram = diagram;
		this.source = source;
	}

	void setTarget(Actor target) {
		this.target = target;
	}

	@Override
	public boolean canExecute() {
		return source != null && target != null && super.canExecute();
	}

	@Override
	protected org.eclipse.emf.common.command.Command createEmfCommand() {
		Supplier<?> chooser = chooserOverride != null ? chooserOverride
				: (Supplier<?>) diagram.getViewer().getProperty(CameoEventDialog.CHOOSER_PROPERTY);
		CameoEvent event = chooser == null ? null : (CameoEvent) chooser.get();
		return event == null ? null
				: DiagramCommands.createRelationship(diagram.domain(), DiagramContents.dossierOf(diagram.getDiagram()), source, target, event);
	}
}
