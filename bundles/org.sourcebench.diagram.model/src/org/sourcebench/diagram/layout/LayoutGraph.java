package org.sourcebench.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The input of a {@link LayoutService}: nodes with their size (and, for pinned nodes, their place) and the
 * directed edges between them. Keys are whatever the caller uses to find its nodes again (an actor, say).
 *
 * @param <K> the node key type
 */
public final class LayoutGraph<K> {

	/** A node to place. {@code x}, {@code y} matter only when {@code pinned}. */
	public record LayoutNode<K>(K key, int x, int y, int width, int height, boolean pinned) {
	}

	/** A directed edge. */
	public record LayoutEdge<K>(K source, K target) {
	}

	private final List<LayoutNode<K>> nodes = new ArrayList<>();
	private final List<LayoutEdge<K>> edges = new ArrayList<>();

	/** Adds a node that the layout may move. */
	public LayoutGraph<K> node(K key, int width, int height) {
		nodes.add(new LayoutNode<>(key, 0, 0, width, height, false));
		return this;
	}

	/** Adds a pinned node, which keeps its bounds. */
	public LayoutGraph<K> pinned(K key, int x, int y, int width, int height) {
		nodes.add(new LayoutNode<>(key, x, y, width, height, true));
		return this;
	}

	/** Adds an edge between two nodes already added. */
	public LayoutGraph<K> edge(K source, K target) {
		edges.add(new LayoutEdge<>(source, target));
		return this;
	}

	/** @return the nodes, in the order added */
	public List<LayoutNode<K>> nodes() {
		return nodes;
	}

	/** @return the edges, in the order added */
	public List<LayoutEdge<K>> edges() {
		return edges;
	}
}
