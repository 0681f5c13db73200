package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;

/**
 * {@code locations.ownedDirections}: a direction word between a country's possessive and a region named with a
 * lower-case head says where the region lies in the country, as after "the" ("Ruritania's northern Velda region" is
 * the Velda region, like "the western Darfur region"); without the owner the direction still makes a directional
 * region ("northern Velda").
 */
final class OwnedDirections {

	private OwnedDirections() {
	}

	/** Whether a possessive ("Ruritania's", "the Philippines'") stands right before the direction word at {@code dir}. */
	static boolean owned(Reading d, int dir) {
		if (!Mechanisms.on("locations.ownedDirections")) {
			return false;
		}
		int i = dir;
		while (i > 0 && d.t.charAt(i - 1) == ' ') {
			i--;
		}
		boolean owned = i >= 3 && (d.t.startsWith("'s", i - 2) || d.t.startsWith("\u2019s", i - 2))
				&& Character.isLetter(d.t.charAt(i - 3))
				|| i >= 2 && (d.t.charAt(i - 1) == '\'' || d.t.charAt(i - 1) == '\u2019') && d.t.charAt(i - 2) == 's';
		if (owned) {
			Mechanisms.fired("locations.ownedDirections", 1);
		}
		return owned;
	}
}
