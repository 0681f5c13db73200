package org.sourcebench.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.force.ForceLayoutProvider;
import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.force.stress.StressLayoutProvider;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.AbstractLayoutProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * {@link LayoutService} on Eclipse ELK: the layered algorithm (left to right, wide gaps between layers so
 * edge labels fit) or the force-directed one, followed by {@link OverlapRemoval} for pinned nodes and any
 * overlap the force model leaves. The providers are called directly, without ELK's Eclipse integration.
 * Charts of more than {@value #LARGE} connected actors are laid out by {@link GridForceLayout} instead,
 * whatever the style, because ELK's algorithms take tens of seconds at that size.
 */
public final class ElkLayoutService implements LayoutService {

	/** Space kept between nodes. */
	static final int GAP = 40;
	/**
	 * Above this many connected actors every style uses {@link GridForceLayout}: measured on 1,000 actors and
	 * 5,000 relationships, ELK layered took 22-90 s (dummy nodes for long edges), force 26 s, stress 69 s.
	 */
	static final int LARGE = 300;

	private static boolean metadataRegistered;

	@Override
	public <K> Map<K, NodeBounds> layout(LayoutGraph<K> graph, Style style) {
		// Actors without relationships would be scattered among the chart by ELK's component packing; they
		// go in rows below it instead, so the connected picture reads first.
		Set<K> connected = new HashSet<>();
		for (LayoutGraph.LayoutEdge<K> edge : graph.edges()) {
			if (!edge.source().equals(edge.target())) {
				connected.add(edge.source());
				connected.add(edge.target());
			}
		}
		LayoutGraph<K> linked = new LayoutGraph<>();
		List<LayoutGraph.LayoutNode<K>> isolated = new ArrayList<>();
		for (LayoutGraph.LayoutNode<K> node : graph.nodes()) {
			if (node.pinned() || connected.contains(node.key())) {
				linked.nodes().add(node);
			} else {
				isolated.add(node);
			}
		}
		linked.edges().addAll(graph.edges());
		Map<K, NodeBounds> computed = layoutConnected(linked, style);
		int bottom = 0;
		int right = 900;
		for (NodeBounds b : computed.values()) {
			bottom = Math.max(bottom, b.y() + b.height());
			right = Math.max(right, b.x() + b.width());
		}
		int x = 20;
		int y = computed.isEmpty() ? 20 : bottom + 2 * GAP;
		int rowHeight = 0;
		for (LayoutGraph.LayoutNode<K> node : isolated) {
			if (x > 20 && x + node.width() > right) {
				x = 20;
				y += rowHeight + GAP / 2;
				rowHeight = 0;
			}
			computed.put(node.key(), new NodeBounds(x, y, node.width(), node.height()));
			x += node.width() + GAP / 2;
			rowHeight = Math.max(rowHeight, node.height());
		}
		return new OverlapRemoval(GAP / 2).apply(graph, computed);
	}

	private <K> Map<K, NodeBounds> layoutConnected(LayoutGraph<K> graph, Style style) {
		if (graph.nodes().isEmpty()) {
			return new HashMap<>();
		}
		if (graph.nodes().size() > LARGE) {
			// ELK needs tens of seconds here (see the class comment); a grid force layout needs well under one.
			return normalise(GridForceLayout.layout(graph, 260));
		}
		registerMetadata();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		Map<K, ElkNode> elkNodes = new HashMap<>();
		for (LayoutGraph.LayoutNode<K> node : graph.nodes()) {
			ElkNode elkNode = ElkGraphUtil.createNode(root);
			elkNode.setDimensions(node.width(), node.height());
			elkNodes.put(node.key(), elkNode);
		}
		for (LayoutGraph.LayoutEdge<K> edge : graph.edges()) {
			ElkNode source = elkNodes.get(edge.source());
			ElkNode target = elkNodes.get(edge.target());
			if (source != null && target != null && source != target) {
				ElkGraphUtil.createSimpleEdge(source, target);
			}
		}
		AbstractLayoutProvider provider;
		if (style == Style.STRESS) {
			root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, 340.0);
			provider = new StressLayoutProvider();
		} else if (style == Style.FORCE) {
			root.setProperty(ForceOptions.SPACING_NODE_NODE, 60.0);
			root.setProperty(ForceOptions.REPULSION, 5.0);
			provider = new ForceLayoutProvider();
		} else {
			root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE, 48.0);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 190.0);
			root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
			provider = new LayeredLayoutProvider();
		}
		try {
			provider.layout(root, new BasicProgressMonitor());
		} finally {
			provider.dispose();
		}
		Map<K, NodeBounds> computed = new HashMap<>();
		for (LayoutGraph.LayoutNode<K> node : graph.nodes()) {
			ElkNode elkNode = elkNodes.get(node.key());
			computed.put(node.key(), new NodeBounds((int) Math.round(elkNode.getX()) + 20, (int) Math.round(elkNode.getY()) + 20,
					node.width(), node.height()));
		}
		return normalise(computed);
	}

	/** Moves the result so that it starts near the origin (force layouts centre on 0,0). */
	private static <K> Map<K, NodeBounds> normalise(Map<K, NodeBounds> bounds) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		for (NodeBounds b : bounds.values()) {
			minX = Math.min(minX, b.x());
			minY = Math.min(minY, b.y());
		}
		if (bounds.isEmpty()) {
			return new HashMap<>(bounds);
		}
		int dx = 20 - minX;
		int dy = 20 - minY;
		Map<K, NodeBounds> moved = new HashMap<>();
		bounds.forEach((key, b) -> moved.put(key, b.translate(dx, dy)));
		return moved;
	}

	private static synchronized void registerMetadata() {
		if (!metadataRegistered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(), new ForceMetaDataProvider(),
					new StressMetaDataProvider());
			metadataRegistered = true;
		}
	}
}
