package org.sourcebench.diagram.editor.parts;


import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.analysis.graph.ActorGraph;
import org.sourcebench.analysis.graph.Centralities;
import org.sourcebench.analysis.graph.Components;
import org.sourcebench.analysis.graph.RelationshipFilter;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.editor.EmfBackedCommand;
import org.sourcebench.diagram.editor.Messages;
import org.sourcebench.diagram.editor.figures.LegendFigure;
import org.sourcebench.diagram.editor.figures.ParallelEdgeRouter;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;

/**
 * The diagram: a freeform layer of actors, with the relationships in the connection layer and the legend in
 * a layer of its own. What it shows is re-derived ({@link DiagramContents}) on every {@link #refreshAll()}.
 */
public class DiagramEditPart extends AbstractGraphicalEditPart {

	/** Layer of the legend, above the connections, printed and exported with the diagram. */
	public static final String LEGEND_LAYER = "sourcebench.legend";

	private DiagramContents contents;
	private final Map<Actor, List<Relationship>> outgoing = new HashMap<>();
	private final Map<Actor, List<Relationship>> incoming = new HashMap<>();
	private LegendFigure legend;
	private CorroborationIndex corroboration;
	private SizeBy sizeBy = SizeBy.NONE;
	private Centralities centralities;
	private double maxScore;
	private Set<Actor> cluster;

	/** What actor boxes are sized by (i2's conditional formatting); a view setting, not saved with the diagram. */
	public enum SizeBy {
		/** All the same size, as laid out. */
		NONE,
		/** Number of actors related to it. */
		DEGREE,
		/** Share of shortest paths through it. */
		BETWEENNESS,
		/** Related to well-related actors. */
		EIGENVECTOR
	}

	/** @return the diagram */
	public Diagram getDiagram() {
		return (Diagram) getModel();
	}

	/** @return what the diagram shows now */
	public DiagramContents contents() {
		if (contents == null) {
			derive();
		}
		return contents;
	}

	EditingDomain domain() {
		return ((DiagramEditPartFactory) getViewer().getEditPartFactory()).domain();
	}

	private void derive() {
		contents = DiagramContents.of(getDiagram());
		Dossier dossier = Dossiers.dossierOf(getDiagram());
		corroboration = dossier == null ? null : new CorroborationIndex(dossier);
		centralities = null;
		outgoing.clear();
		incoming.clear();
		for (Relationship relationship : contents.relationships()) {
			outgoing.computeIfAbsent(relationship.getFrom(), a -> new ArrayList<>()).add(relationship);
			incoming.computeIfAbsent(relationship.getTo(), a -> new ArrayList<>()).add(relationship);
		}
	}

	/** @return the independent sources of {@code relationship} (reprints of one story count once) */
	int corroboration(Relationship relationship) {
		contents();
		return corroboration == null ? relationship.corroboration() : corroboration.count(relationship);
	}

	/** Sizes the actor boxes by a centrality of the actors shown (or not at all). */
	public void setSizeBy(SizeBy newSizeBy) {
		sizeBy = newSizeBy;
		centralities = null;
		refreshAll();
	}

	/** @return what the actor boxes are sized by */
	public SizeBy getSizeBy() {
		return sizeBy;
	}

	/**
	 * @return how much larger than laid out {@code actor}'s box is drawn: 1 (smallest score) to 2 (largest), by
	 *         the chosen centrality on the graph of the relationships the diagram shows (JGraphT)
	 */
	double sizeFactor(Actor actor) {
		if (sizeBy == SizeBy.NONE) {
			return 1;
		}
		if (centralities == null) {
			centralities = new Centralities(new ActorGraph(contents().actors(), contents().relationships(), RelationshipFilter.ALL));
			maxScore = centralities.all().keySet().stream().mapToDouble(this::score).max().orElse(0);
		}
		return maxScore <= 0 ? 1 : 1 + score(actor) / maxScore;
	}

	private double score(Actor actor) {
		Centralities.Scores scores = centralities.of(actor);
		return switch (sizeBy) {
		case DEGREE -> scores.degree();
		case BETWEENNESS -> scores.betweenness();
		case EIGENVECTOR -> scores.eigenvector();
		case NONE -> 0;
		};
	}

	/** Shows only the cluster (connected component) of {@code actor}, or every actor again for null. */
	public void showClusterOf(Actor actor) {
		if (actor == null) {
			cluster = null;
		} else {
			Components components = new Components(new ActorGraph(contents().actors(), contents().relationships(), RelationshipFilter.ALL));
			int number = components.numberOf(actor);
			cluster = number == 0 ? null : Set.copyOf(components.all().get(number - 1));
		}
		refreshAll();
	}

	/** @return whether a cluster filter is on */
	public boolean isClusterShown() {
		return cluster != null;
	}

	/** @return whether {@code actor} passes the cluster filter */
	boolean visible(Actor actor) {
		return cluster == null || cluster.contains(actor);
	}

	List<Relationship> outgoing(Actor actor) {
		contents();
		return outgoing.getOrDefault(actor, List.of());
	}

	List<Relationship> incoming(Actor actor) {
		contents();
		return incoming.getOrDefault(actor, List.of());
	}

	@Override
	protected IFigure createFigure() {
		FreeformLayer layer = new FreeformLayer();
		layer.setLayoutManager(new FreeformLayout());
		layer.setBorder(new MarginBorder(20));
		return layer;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new XYLayoutEditPolicy() {
			@Override
			protected Command createChangeConstraintCommand(ChangeBoundsRequest request, EditPart child, Object constraint) {
				Rectangle r = (Rectangle) constraint;
				Actor actor = (Actor) child.getModel();
				return new EmfBackedCommand(new PlaceNodeCommand(domain(), getDiagram(), actor,
						new NodeBounds(r.x, r.y, Math.max(r.width, 80), Math.max(r.height, 40))));
			}

			@Override
			protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
				return null;
			}

			@Override
			protected Command getCreateCommand(CreateRequest request) {
				if (request.getNewObject() instanceof ActorKind kind) {
					Rectangle r = (Rectangle) getConstraintFor(request);
					return new EmfBackedCommand(DiagramCommands.createActor(domain(), getDiagram(), null, kind, r.x, r.y));
				}
				return null;
			}

			@Override
			protected Command getDeleteDependantCommand(org.eclipse.gef.Request request) {
				return null;
			}
		});
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().actors();
	}

	@Override
	public void activate() {
		super.activate();
		ConnectionLayer connections = (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
		connections.setConnectionRouter(new ParallelEdgeRouter());
		connections.setAntialias(org.eclipse.swt.SWT.ON);
	}

	@Override
	protected void refreshVisuals() {
		refreshLegend();
	}

	/** Re-derives what the diagram shows and brings every part up to date. */
	public void refreshAll() {
		derive();
		refresh();
		for (Object child : getChildren()) {
			((ActorEditPart) child).refreshAll();
		}
		fanOut();
	}

	@Override
	protected void refreshChildren() {
		super.refreshChildren();
		fanOut();
	}

	/** Space between the middles of parallel edges with different events. */
	private static final int FAN_SPACING = 36;
	/** Space between repeats of the same event between the same actors. */
	private static final int REPEAT_SPACING = 5;

	/**
	 * Spreads parallel relationships between the same two actors so the router can bow them apart. Repeats
	 * of the same event in the same direction (an article that reports a meeting three times) are drawn
	 * close together under one label "042 Make a visit ×3"; each stays its own edge and selection.
	 */
	void fanOut() {
		Map<String, Map<String, List<RelationshipEditPart>>> pairs = new LinkedHashMap<>();
		for (Object child : getChildren()) {
			for (Object connection : ((ActorEditPart) child).getSourceConnections()) {
				RelationshipEditPart part = (RelationshipEditPart) connection;
				Relationship r = part.getRelationship();
				String pair = pairKey(r);
				String event = System.identityHashCode(r.getFrom()) + ">" + r.getEventCode();
				pairs.computeIfAbsent(pair, k -> new LinkedHashMap<>()).computeIfAbsent(event, k -> new ArrayList<>()).add(part);
			}
		}
		for (Map<String, List<RelationshipEditPart>> events : pairs.values()) {
			int groups = events.size();
			int k = 0;
			for (List<RelationshipEditPart> repeats : events.values()) {
				double groupOffset = (k - (groups - 1) / 2.0) * FAN_SPACING;
				for (int i = 0; i < repeats.size(); i++) {
					RelationshipEditPart part = repeats.get(i);
					double offset = groupOffset + (i - (repeats.size() - 1) / 2.0) * REPEAT_SPACING;
					Relationship r = part.getRelationship();
					boolean reversed = System.identityHashCode(r.getFrom()) > System.identityHashCode(r.getTo());
					double along = groups == 1 ? 0.5 : 0.5 + (k - (groups - 1) / 2.0) * Math.min(0.18, 0.5 / groups);
					part.setFan(reversed ? -offset : offset, repeats.size(), i == 0, reversed ? 1 - along : along);
				}
				k++;
			}
		}
	}

	private static String pairKey(Relationship r) {
		int a = System.identityHashCode(r.getFrom());
		int b = System.identityHashCode(r.getTo());
		return Math.min(a, b) + ":" + Math.max(a, b);
	}

	private void refreshLegend() {
		IFigure layer = getLayer(LEGEND_LAYER);
		if (layer == null) {
			return;
		}
		if (legend == null) {
			legend = new LegendFigure();
			layer.add(legend);
		}
		DiagramContents c = contents();
		Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
		int right = 0;
		int top = Integer.MAX_VALUE;
		for (Actor actor : c.actors()) {
			kinds.add(actor.getKind() == null ? ActorKind.OTHER : actor.getKind());
			int[] b = c.boundsOf(actor);
			right = Math.max(right, b[0] + b[2]);
			top = Math.min(top, b[1]);
		}
		List<String> quads = new ArrayList<>();
		for (QuadClass quad : QuadClass.values()) {
			quads.add(Messages.quad(quad));
		}
		List<String> kindNames = new ArrayList<>();
		for (ActorKind kind : ActorKind.values()) {
			kindNames.add(Messages.kind(kind));
		}
		String subtitle = c.hiddenUnrelated() == 0 ? MessageFormat.format(Messages.Legend_Subtitle, c.actors().size(), c.relationships().size())
				: MessageFormat.format(Messages.Legend_SubtitleHidden, c.actors().size(), c.relationships().size(), c.hiddenUnrelated());
		legend.show(getDiagram().getName(), subtitle, quads,
				kinds, kindNames, Messages.Legend_Corroboration);
		legend.setLocation(new org.eclipse.draw2d.geometry.Point(right + 60, top == Integer.MAX_VALUE ? 20 : top));
	}

	/** @return the legend figure, or null before the first refresh */
	public LegendFigure getLegend() {
		return legend;
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key.isInstance(getModel())) {
			return getModel();
		}
		return super.getAdapter(key);
	}
}
