package org.sourcebench.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a layout's result respect pinned nodes and leave no overlaps: pinned nodes keep their bounds, every
 * other node keeps its computed place unless that collides with a node already placed, in which case it
 * takes the nearest free place around it. Force-directed layouts can overlap
 * nodes, and any layout can collide with a pinned node; this pass fixes both. A coarse grid keeps it near
 * linear for thousands of nodes.
 */
final class OverlapRemoval {

	private static final int CELL = 256;

	private final int gap;
	private final Map<Long, List<NodeBounds>> grid = new HashMap<>();

	OverlapRemoval(int gap) {
		this.gap = gap;
	}

	<K> Map<K, NodeBounds> apply(LayoutGraph<K> graph, Map<K, NodeBounds> computed) {
		Map<K, NodeBounds> result = new LinkedHashMap<>();
		for (LayoutGraph.LayoutNode<K> node : graph.nodes()) {
			if (node.pinned()) {
				NodeBounds bounds = new NodeBounds(node.x(), node.y(), node.width(), node.height());
				result.put(node.key(), bounds);
				add(bounds);
			}
		}
		List<LayoutGraph.LayoutNode<K>> free = new ArrayList<>();
		for (LayoutGraph.LayoutNode<K> node : graph.nodes()) {
			if (!node.pinned()) {
				free.add(node);
			}
		}
		free.sort((a, b) -> {
			NodeBounds ba = computed.get(a.key());
			NodeBounds bb = computed.get(b.key());
			return ba.y() != bb.y() ? Integer.compare(ba.y(), bb.y()) : Integer.compare(ba.x(), bb.x());
		});
		for (LayoutGraph.LayoutNode<K> node : free) {
			NodeBounds bounds = nearestFree(computed.get(node.key()));
			result.put(node.key(), bounds);
			add(bounds);
		}
		return result;
	}

	/**
	 * @return {@code wanted} if it is free, else the free place nearest to it on widening rings around it
	 *         (in steps of half a node width and a node height), so crowded centres spread out evenly
	 *         instead of piling into a column
	 */
	private NodeBounds nearestFree(NodeBounds wanted) {
		if (firstCollision(wanted) == null) {
			return wanted;
		}
		int stepX = wanted.width() / 2 + gap / 2;
		int stepY = wanted.height() + gap;
		for (int ring = 1;; ring++) {
			NodeBounds best = null;
			long bestDistance = Long.MAX_VALUE;
			for (int i = -ring; i <= ring; i++) {
				for (int j = -ring; j <= ring; j++) {
					if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
						continue;
					}
					NodeBounds candidate = wanted.translate(i * stepX, j * stepY);
					long distance = (long) (i * stepX) * (i * stepX) + (long) (j * stepY) * (j * stepY);
					if (distance < bestDistance && firstCollision(candidate) == null) {
						best = candidate;
						bestDistance = distance;
					}
				}
			}
			if (best != null) {
				return best;
			}
		}
	}

	private NodeBounds firstCollision(NodeBounds bounds) {
		NodeBounds padded = new NodeBounds(bounds.x() - gap / 2, bounds.y() - gap / 2, bounds.width() + gap, bounds.height() + gap);
		for (int cx = Math.floorDiv(padded.x(), CELL); cx <= Math.floorDiv(padded.x() + padded.width(), CELL); cx++) {
			for (int cy = Math.floorDiv(padded.y(), CELL); cy <= Math.floorDiv(padded.y() + padded.height(), CELL); cy++) {
				for (NodeBounds placed : grid.getOrDefault(key(cx, cy), List.of())) {
					if (padded.intersects(placed)) {
						return placed;
					}
				}
			}
		}
		return null;
	}

	private void add(NodeBounds bounds) {
		for (int cx = Math.floorDiv(bounds.x(), CELL); cx <= Math.floorDiv(bounds.x() + bounds.width(), CELL); cx++) {
			for (int cy = Math.floorDiv(bounds.y(), CELL); cy <= Math.floorDiv(bounds.y() + bounds.height(), CELL); cy++) {
				grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(bounds);
			}
		}
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) ^ (cy & 0xffffffffL);
	}
}
