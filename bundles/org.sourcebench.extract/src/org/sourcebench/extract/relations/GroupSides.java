package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;

/**
 * Counted groups the parse hides from {@link EventParties#group} (switch {@code relations.group-sides}, a bug fix of
 * {@code relations.groups}): "both countries" counts as a group of two when the parse makes "both" a preconjunct
 * ({@code cc:preconj}) with no conjunction after it, as it does for "both countries agreed", not only when it is the
 * noun's determiner. The fuller binding of counted groups, country adjectives and reciprocals built with it is in the
 * history (commit a5ae975) and was removed by the keep rule. Stateless.
 */
final class GroupSides {

	static final String NAME = "relations.group-sides";

	private GroupSides() {
	}

	/**
	 * Whether a dependency relation of "both" counts it as a group's determiner besides "det": the parse may make it
	 * a preconjunct without a conjunction ("both countries agreed"). Counted at each call.
	 */
	static boolean preconjunct(String rel) {
		boolean counts = rel.equals("cc:preconj") && Mechanisms.on(NAME);
		Mechanisms.fired(NAME, counts ? 1 : 0);
		return counts;
	}
}
