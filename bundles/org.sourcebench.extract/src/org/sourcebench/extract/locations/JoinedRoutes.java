package org.sourcebench.extract.locations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.Place;

/**
 * Stage 1d of {@link LocationExtractor} ({@code locations.joinedRoutes}): a road named by the places it joins,
 * hyphenated with no space ("the Myitkyina-Bhamo Road", "the Inn Din-Taungpyo road", "the Koktash-Aksai-Tamdyk
 * road"), is a place of its own (a line on the map, like a border pair), read before the stages that would take its
 * towns as places. Each side is one or two capitalised words; a spaced dash ("Saf al-Hawa – Bint Jbeil road") joins
 * two places, not one name, and is left to the other stages.
 */
final class JoinedRoutes extends PlaceStage {

	private static final String SIDE = "\\p{Lu}[\\p{L}'\u2019]+(?: \\p{Lu}[\\p{L}'\u2019]+)?";
	private static final Pattern ROUTE = Pattern.compile("(?<![\\p{L}\\p{N}\\-\u2013])(" + SIDE + "(?:[-\u2013]" + SIDE
			+ ")+)\\s+([Rr]oad|[Hh]ighway)(?![\\p{L}\\p{N}\\-])");

	JoinedRoutes(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.joinedRoutes")) {
			return;
		}
		Matcher m = ROUTE.matcher(d.t);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end();
			String name = d.t.substring(b, e).replaceAll("\\s+", " ");
			Place p = new Place(name, "site", countryOfSides(d, m.group(1)), Double.NaN, Double.NaN, 0, 0, true);
			if (d.add(p, b, e, 0.8, false) != null) {
				Mechanisms.fired("locations.joinedRoutes", 1);
			}
		}
	}

	/** The country of the first side the tables know ("Myitkyina": Myanmar), else the story's dominant one. */
	private String countryOfSides(Reading d, String sides) {
		for (String side : sides.split("[-\u2013]")) {
			Country c = names.countryNamed(side);
			if (c != null) {
				return c.iso();
			}
			Place p = names.fullMatch(side, d.dominant.isEmpty() ? null : d.dominant);
			if (p != null && !p.iso().isEmpty()) {
				return p.iso();
			}
		}
		return d.dominant;
	}
}
