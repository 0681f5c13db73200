package org.sourcebench.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A force-directed layout of our own for large charts (hundreds to thousands of actors), where ELK's
 * algorithms take tens of seconds: ELK layered inserts a dummy node for every layer a long edge crosses,
 * and its force and stress models compare every pair of nodes. This is Fruchterman-Reingold with
 * repulsion only between nodes in neighbouring grid cells (the classic grid variant), so one iteration is
 * linear in nodes plus edges. Deterministic: the start is a sunflower spiral, not random.
 */
final class GridForceLayout {

	private static final int ITERATIONS = 120;

	private GridForceLayout() {
	}

	/** @return centre positions by key (pinned nodes stay where they are) */
	static <K> Map<K, NodeBounds> layout(LayoutGraph<K> graph, double edgeLength) {
		List<LayoutGraph.LayoutNode<K>> nodes = graph.nodes();
		int n = nodes.size();
		Map<K, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(nodes.get(i).key(), i);
		}
		double[] x = new double[n];
		double[] y = new double[n];
		boolean[] fixed = new boolean[n];
		double golden = Math.PI * (3 - Math.sqrt(5));
		for (int i = 0; i < n; i++) {
			LayoutGraph.LayoutNode<K> node = nodes.get(i);
			if (node.pinned()) {
				fixed[i] = true;
				x[i] = node.x() + node.width() / 2.0;
				y[i] = node.y() + node.height() / 2.0;
			} else {
				double r = edgeLength * Math.sqrt(i + 0.5);
				x[i] = r * Math.cos(i * golden);
				y[i] = r * Math.sin(i * golden);
			}
		}
		List<int[]> edges = new ArrayList<>();
		for (LayoutGraph.LayoutEdge<K> edge : graph.edges()) {
			Integer a = index.get(edge.source());
			Integer b = index.get(edge.target());
			if (a != null && b != null && !a.equals(b)) {
				edges.add(new int[] { a, b });
			}
		}
		double k = edgeLength;
		double cell = 2 * k;
		double temperature = k * Math.sqrt(n) / 2;
		double[] dx = new double[n];
		double[] dy = new double[n];
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			java.util.Arrays.fill(dx, 0);
			java.util.Arrays.fill(dy, 0);
			Map<Long, List<Integer>> grid = new HashMap<>();
			for (int i = 0; i < n; i++) {
				grid.computeIfAbsent(cellKey((int) Math.floor(x[i] / cell), (int) Math.floor(y[i] / cell)), c -> new ArrayList<>()).add(i);
			}
			for (int i = 0; i < n; i++) {
				int cx = (int) Math.floor(x[i] / cell);
				int cy = (int) Math.floor(y[i] / cell);
				for (int gx = cx - 1; gx <= cx + 1; gx++) {
					for (int gy = cy - 1; gy <= cy + 1; gy++) {
						List<Integer> others = grid.get(cellKey(gx, gy));
						if (others == null) {
							continue;
						}
						for (int j : others) {
							if (j == i) {
								continue;
							}
							double ex = x[i] - x[j];
							double ey = y[i] - y[j];
							double d2 = ex * ex + ey * ey;
							if (d2 < 1e-4) {
								ex = (i - j) * 0.01;
								ey = 0.01;
								d2 = ex * ex + ey * ey;
							}
							double d = Math.sqrt(d2);
							if (d < cell) {
								double force = k * k / d;
								dx[i] += ex / d * force;
								dy[i] += ey / d * force;
							}
						}
					}
				}
			}
			for (int[] e : edges) {
				double ex = x[e[0]] - x[e[1]];
				double ey = y[e[0]] - y[e[1]];
				double d = Math.max(0.01, Math.sqrt(ex * ex + ey * ey));
				double force = d * d / k;
				dx[e[0]] -= ex / d * force;
				dy[e[0]] -= ey / d * force;
				dx[e[1]] += ex / d * force;
				dy[e[1]] += ey / d * force;
			}
			for (int i = 0; i < n; i++) {
				if (fixed[i]) {
					continue;
				}
				double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
				if (d > 0) {
					double step = Math.min(d, temperature);
					x[i] += dx[i] / d * step;
					y[i] += dy[i] / d * step;
				}
			}
			temperature = Math.max(k / 20, temperature * 0.95);
		}
		Map<K, NodeBounds> result = new HashMap<>();
		for (int i = 0; i < n; i++) {
			LayoutGraph.LayoutNode<K> node = nodes.get(i);
			result.put(node.key(), new NodeBounds((int) Math.round(x[i] - node.width() / 2.0), (int) Math.round(y[i] - node.height() / 2.0),
					node.width(), node.height()));
		}
		return result;
	}

	private static long cellKey(int cx, int cy) {
		return ((long) cx << 32) ^ (cy & 0xffffffffL);
	}
}
