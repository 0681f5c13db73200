package org.sourcebench.ui.views.navigator;

import java.util.List;
import java.util.Objects;

/**
 * A folder of the navigator tree: "Sources", an outlet, "Actors", a kind of actor... Equal when kind and
 * key are equal, so that the tree keeps its expanded folders when it is rebuilt after a change.
 *
 * @param kind     what the folder groups (sources, an outlet, actors, an actor kind, ...)
 * @param key      which one (the outlet's name, the kind's literal); empty for the top folders
 * @param label    the shown name, without the count
 * @param children what the folder holds
 */
public record NavigatorGroup(Kind kind, String key, String label, List<Object> children) {

	/** What a folder groups. */
	public enum Kind {
		/** All sources. */
		SOURCES,
		/** The sources of one outlet. */
		OUTLET,
		/** The sources of one outlet published on one day. */
		DATE,
		/** All actors. */
		ACTORS,
		/** The actors of one kind. */
		ACTOR_KIND,
		/** All locations. */
		LOCATIONS,
		/** The locations of one kind. */
		LOCATION_KIND,
		/** All claims (a leaf: the Claims view lists them). */
		CLAIMS,
		/** All relationships (a leaf: the Relationships view lists them). */
		RELATIONSHIPS,
		/** The dossier's saved diagrams (double-click opens one). */
		DIAGRAMS
	}

	/** @return how many elements the folder stands for (for leaves, their number in the dossier) */
	public int count() {
		return children.stream().mapToInt(c -> c instanceof NavigatorGroup g ? g.count() : 1).sum();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NavigatorGroup g && g.kind == kind && Objects.equals(g.key, key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, key);
	}
}
