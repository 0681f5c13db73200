package org.sourcebench.diagram.layout;

import java.util.Map;

/**
 * Computes node bounds for a graph; it changes nothing (a command applies the result). Implementations must
 * leave pinned nodes where they are and return bounds that do not overlap.
 */
public interface LayoutService {

	/** The layout styles offered to the analyst. */
	enum Style {
		/** Layered (Sugiyama): edges flow left to right; good for who-does-what-to-whom charts. */
		LAYERED,
		/** Force-directed (Fruchterman-Reingold): clusters of closely related actors. */
		FORCE,
		/** Stress majorisation: straight edges of even length, the classic link-chart look. */
		STRESS
	}

	/**
	 * @return bounds for every node of {@code graph}, by key
	 */
	<K> Map<K, NodeBounds> layout(LayoutGraph<K> graph, Style style);
}
