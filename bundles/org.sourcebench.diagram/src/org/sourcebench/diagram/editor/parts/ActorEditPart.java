package org.sourcebench.diagram.editor.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.sourcebench.diagram.editor.EmfBackedCommand;
import org.sourcebench.diagram.editor.Messages;
import org.sourcebench.diagram.editor.figures.ActorFigure;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.model.Actor;
import org.sourcebench.model.edit.commands.DeleteElementCommand;
import org.sourcebench.model.edit.commands.RenameCommand;

/**
 * An actor on the diagram. Its model is the dossier's {@link Actor} (so the workbench selection is the actor
 * itself); bounds come from the actor's node or its provisional place. Delete removes the actor from the
 * dossier, direct edit renames it, dragging a relationship from it creates one.
 */
public class ActorEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

	/** @return the actor */
	public Actor getActor() {
		return (Actor) getModel();
	}

	private DiagramEditPart diagramPart() {
		return (DiagramEditPart) getParent();
	}

	@Override
	protected IFigure createFigure() {
		return new ActorFigure(((DiagramEditPartFactory) getViewer().getEditPartFactory()).detail());
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
			@Override
			protected Command createDeleteCommand(GroupRequest request) {
				return new EmfBackedCommand(new DeleteElementCommand(diagramPart().domain(), List.of(getActor())));
			}
		});
		installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new GraphicalNodeEditPolicy() {
			@Override
			protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
				CreateRelationshipCommand command = new CreateRelationshipCommand(diagramPart(), getActor());
				request.setStartCommand(command);
				return command;
			}

			@Override
			protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
				if (request.getStartCommand() instanceof CreateRelationshipCommand command) {
					command.setTarget(getActor());
					return command;
				}
				return null;
			}

			@Override
			protected Command getReconnectSourceCommand(ReconnectRequest request) {
				return null;
			}

			@Override
			protected Command getReconnectTargetCommand(ReconnectRequest request) {
				return null;
			}
		});
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new DirectEditPolicy() {
			@Override
			protected Command getDirectEditCommand(DirectEditRequest request) {
				Object value = request.getCellEditor().getValue();
				if (!(value instanceof String name) || name.isBlank() || name.strip().equals(getActor().getCanonicalName())) {
					return null;
				}
				return new EmfBackedCommand(new RenameCommand(diagramPart().domain(), getActor(), name.strip()));
			}

			@Override
			protected void showCurrentEditValue(DirectEditRequest request) {
				// the cell editor shows the value
			}
		});
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) || RequestConstants.REQ_OPEN.equals(request.getType())) {
			new ActorNameEditManager(this).show();
		}
	}

	/** Refreshes this actor's card, bounds and relationships. */
	void refreshAll() {
		refresh();
		for (Object connection : getSourceConnections()) {
			((RelationshipEditPart) connection).refresh();
		}
	}

	@Override
	protected void refreshVisuals() {
		Actor actor = getActor();
		int[] b = diagramPart().contents().boundsOf(actor);
		if (b == null) {
			return;
		}
		Node node = diagramPart().contents().nodeOf(actor);
		String detail = Messages.kind(actor.getKind()) + (actor.getCountry() == null || actor.getCountry().isBlank() ? "" : " \u00b7 " + actor.getCountry());
		((ActorFigure) getFigure()).show(actor.getCanonicalName(), detail, actor.getKind(), node != null && node.isPinned());
		// "size by" a centrality grows the box about its centre; the laid-out bounds in the model stay as they are
		double factor = diagramPart().sizeFactor(actor);
		int w = (int) Math.round(b[2] * factor);
		int h = (int) Math.round(b[3] * factor);
		getFigure().setVisible(diagramPart().visible(actor));
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), new Rectangle(b[0] - (w - b[2]) / 2, b[1] - (h - b[3]) / 2, w, h));
	}

	@Override
	protected List<?> getModelSourceConnections() {
		return diagramPart().outgoing(getActor());
	}

	@Override
	protected List<?> getModelTargetConnections() {
		return diagramPart().incoming(getActor());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key.isInstance(getModel())) {
			return getModel();
		}
		if (key == org.eclipse.ui.views.properties.IPropertySource.class) {
			// A click on the diagram fills the Properties view with the element, as a click in a table does.
			return org.eclipse.core.runtime.Adapters.adapt(getModel(), org.eclipse.ui.views.properties.IPropertySource.class);
		}
		return super.getAdapter(key);
	}
}
