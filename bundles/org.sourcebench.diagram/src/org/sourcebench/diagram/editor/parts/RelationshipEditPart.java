package org.sourcebench.diagram.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.BendpointEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.requests.BendpointRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.sourcebench.diagram.commands.SetBendpointsCommand;
import org.sourcebench.diagram.editor.EmfBackedCommand;
import org.sourcebench.diagram.editor.figures.DiagramColors;
import org.sourcebench.diagram.editor.figures.RelationshipFigure;
import org.sourcebench.diagram.notation.Bendpoint;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.edit.commands.DeleteElementCommand;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * A relationship on the diagram; its model is the dossier's {@link Relationship}. Bendpoints are stored in
 * the diagram's notation; delete removes the relationship from the dossier.
 */
public class RelationshipEditPart extends AbstractConnectionEditPart {

	/** @return the relationship */
	public Relationship getRelationship() {
		return (Relationship) getModel();
	}

	private DiagramEditPart diagramPart() {
		EditPart part = getSource() != null ? getSource().getParent() : getTarget().getParent();
		return (DiagramEditPart) part;
	}

	@Override
	protected IFigure createFigure() {
		return new RelationshipFigure(((DiagramEditPartFactory) getViewer().getEditPartFactory()).detail());
	}

	/** @return the connection figure */
	public RelationshipFigure getRelationshipFigure() {
		return (RelationshipFigure) getFigure();
	}

	void setFan(double offset, int repeat, boolean labelShown, double labelAt) {
		getRelationshipFigure().setFan(offset, repeat, labelShown, labelAt);
		getRelationshipFigure().revalidate();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy() {
			@Override
			protected void showSelection() {
				super.showSelection();
				getRelationshipFigure().setSelected(true);
			}

			@Override
			protected void hideSelection() {
				super.hideSelection();
				getRelationshipFigure().setSelected(false);
			}
		});
		installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
			@Override
			protected Command getDeleteCommand(GroupRequest request) {
				return new EmfBackedCommand(new DeleteElementCommand(diagramPart().domain(), List.of(getRelationship())));
			}
		});
		installEditPolicy(EditPolicy.CONNECTION_BENDPOINTS_ROLE, new BendpointEditPolicy() {
			@Override
			protected Command getCreateBendpointCommand(BendpointRequest request) {
				List<int[]> points = current();
				points.add(Math.min(request.getIndex(), points.size()), point(request));
				return set(points);
			}

			@Override
			protected Command getMoveBendpointCommand(BendpointRequest request) {
				List<int[]> points = current();
				if (request.getIndex() >= points.size()) {
					return null;
				}
				points.set(request.getIndex(), point(request));
				return set(points);
			}

			@Override
			protected Command getDeleteBendpointCommand(BendpointRequest request) {
				List<int[]> points = current();
				if (request.getIndex() >= points.size()) {
					return null;
				}
				points.remove(request.getIndex());
				return set(points);
			}

			private int[] point(BendpointRequest request) {
				Point p = request.getLocation().getCopy();
				getConnection().translateToRelative(p);
				return new int[] { p.x, p.y };
			}

			private Command set(List<int[]> points) {
				return new EmfBackedCommand(new SetBendpointsCommand(diagramPart().domain(), diagramPart().getDiagram(), getRelationship(), points));
			}
		});
	}

	private List<int[]> current() {
		List<int[]> points = new ArrayList<>();
		Edge edge = diagramPart().contents().edgeOf(getRelationship());
		if (edge != null) {
			for (Bendpoint b : edge.getBendpoints()) {
				points.add(new int[] { b.getX(), b.getY() });
			}
		}
		return points;
	}

	@Override
	protected void refreshVisuals() {
		Relationship r = getRelationship();
		String code = r.getEventCode() == null ? "" : r.getEventCode();
		String label = sentenceCase(r.getEventLabel());
		getRelationshipFigure().show((code + " " + label).strip(), DiagramColors.of(r.getQuadClass()), diagramPart().corroboration(r));
		getConnectionFigure().setVisible(diagramPart().visible(r.getFrom()) && diagramPart().visible(r.getTo()));
		List<AbsoluteBendpoint> constraint = new ArrayList<>();
		for (int[] p : current()) {
			constraint.add(new AbsoluteBendpoint(p[0], p[1]));
		}
		getConnectionFigure().setRoutingConstraint(constraint);
	}

	/** CAMEO's root labels are in capitals ("EXPRESS INTENT TO COOPERATE"); the workbench's one formatter makes them a sentence. */
	static String sentenceCase(String label) {
		return org.sourcebench.model.cameo.CameoEvent.readable(label);
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

	/** Double-click: the dossier editor comes to the front with the reader at the relationship's evidence. */
	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				DossierEditors.reveal(window.getActivePage(), getRelationship());
			}
			return;
		}
		super.performRequest(request);
	}

	/** @return the draw2d connection */
	public Connection connection() {
		return getConnectionFigure();
	}
}
