package org.sourcebench.diagram.commands;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationFactory;
import org.sourcebench.diagram.notation.NotationPackage.Literals;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossiers;

/**
 * Gives an actor new bounds on a diagram (a move or resize), creating its node if it was only shown at a
 * provisional place. Optionally pins or unpins it.
 */
public class PlaceNodeCommand extends CompoundCommand {

	/**
	 * @param pinned the new pinned state, or null to leave it
	 */
	public PlaceNodeCommand(EditingDomain domain, Diagram diagram, Actor actor, NodeBounds bounds, Boolean pinned, String label) {
		super(label, label);
		Node node = nodeOf(diagram, actor);
		if (node == null) {
			Node created = Dossiers.withId(NotationFactory.eINSTANCE.createNode());
			created.setActor(actor);
			created.setX(bounds.x());
			created.setY(bounds.y());
			created.setWidth(bounds.width());
			created.setHeight(bounds.height());
			created.setPinned(Boolean.TRUE.equals(pinned));
			append(new AddCommand(domain, diagram, Literals.DIAGRAM__NODES, created));
			return;
		}
		set(domain, node, Literals.NODE__X, node.getX(), bounds.x());
		set(domain, node, Literals.NODE__Y, node.getY(), bounds.y());
		set(domain, node, Literals.NODE__WIDTH, node.getWidth(), bounds.width());
		set(domain, node, Literals.NODE__HEIGHT, node.getHeight(), bounds.height());
		if (pinned != null && pinned != node.isPinned()) {
			append(new SetCommand(domain, node, Literals.NODE__PINNED, pinned));
		}
	}

	/** A move or resize by the analyst. */
	public PlaceNodeCommand(EditingDomain domain, Diagram diagram, Actor actor, NodeBounds bounds) {
		this(domain, diagram, actor, bounds, null, Messages.PlaceNodeCommand_label);
	}

	/** Pins or unpins an actor where it stands. */
	public static PlaceNodeCommand pin(EditingDomain domain, Diagram diagram, Actor actor, boolean pinned) {
		int[] b = DiagramContents.of(diagram).boundsOf(actor);
		return new PlaceNodeCommand(domain, diagram, actor, new NodeBounds(b[0], b[1], b[2], b[3]), pinned,
				pinned ? Messages.PinNodeCommand_label : Messages.UnpinNodeCommand_label);
	}

	private void set(EditingDomain domain, Node node, org.eclipse.emf.ecore.EAttribute attribute, int old, int value) {
		if (old != value) {
			append(new SetCommand(domain, node, attribute, value));
		}
	}

	/** @return the node of {@code actor} on {@code diagram}, or null */
	public static Node nodeOf(Diagram diagram, Actor actor) {
		for (Node node : diagram.getNodes()) {
			if (node.getActor() == actor) {
				return node;
			}
		}
		return null;
	}

	/**
	 * An empty compound (nothing to change) can still be executed: it is a no-op, not an error. A non-empty
	 * one must prepare its set commands, which is where they record the value undo restores.
	 */
	@Override
	protected boolean prepare() {
		return commandList.isEmpty() || super.prepare();
	}
}
