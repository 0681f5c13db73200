package org.sourcebench.extract.locations;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 5c of {@link LocationExtractor}: a side of a country named by a compass noun. "into Syria's northwest", "in
 * Sudan's south": a country's possessive before a bare compass noun is the directional region of that country
 * (GUIDELINES: directional regions get their own entry). "leaflets sent into the North": "the North" or "the South"
 * in locative use, in a story about a country named after that side (North Korea, South Sudan), is that country.
 */
final class CountrySides extends PlaceStage {

	private static final Map<String, String> ADJECTIVES = Map.of("north", "northern", "south", "southern", "east",
			"eastern", "west", "western", "northwest", "northwestern", "northeast", "northeastern", "southwest",
			"southwestern", "southeast", "southeastern");
	private static final Pattern SIDE = Pattern.compile("\\bthe (North|South|East|West)\\b");

	private final LocativeFrames frames;

	CountrySides(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	void read(Reading d) {
		if (Mechanisms.on("locations.possessiveSide")) {
			possessiveSides(d);
		}
		if (Mechanisms.on("locations.compassCountry")) {
			compassCountries(d);
		}
	}

	/** "Syria's northwest": the region "northwestern Syria", mentioned by the whole phrase. */
	private void possessiveSides(Reading d) {
		TextCursor c = d.c;
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(d.t)) {
			int e = m.end();
			if (m.value().type() != CountryTable.FormType.NAME || !c.isWordStart(m.begin()) || !c.possessiveAfter(e)) {
				continue;
			}
			int s = c.nextWordStart(e + 2);
			String side = s < 0 ? "" : c.nextWord(e + 2).replace("-", "");
			String adjective = ADJECTIVES.get(side);
			if (adjective == null || !Character.isLowerCase(d.t.charAt(s))) {
				continue;
			}
			int end = c.wordEnd(s);
			String next = c.nextWord(end);
			if (end < d.t.length() && d.t.charAt(end) == ' ' && !next.isEmpty()
					&& (Character.isLetter(next.charAt(0)) && !next.equals("and") && !next.equals("of"))) {
				continue; // "Syria's north Hasakah province", "Syria's east bank": the compass word modifies a noun
			}
			if (Reading.overlaps(d.taken, m.begin(), end)) {
				continue;
			}
			Country country = m.value().country();
			String name = adjective + " " + words.countryName(country.iso(), country.name());
			d.add(new org.sourcebench.extract.data.Place(name, "region", country.iso(), country.lat(), country.lon(), 0,
					0, true), m.begin(), end, 0.7, false);
			Mechanisms.fired("locations.possessiveSide", d.prior == null ? 0 : 1);
		}
	}

	/** "sent into the North" in a story about North Korea: North Korea. */
	private void compassCountries(Reading d) {
		Matcher m = SIDE.matcher(d.t);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end(1);
			String next = d.c.nextWord(e);
			if (e < d.t.length() && d.t.charAt(e) == ' ' && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
					|| d.c.possessiveAfter(e) || Reading.overlaps(d.taken, b, e)
					|| !frames.locativeFrame(d, b, e, true)) {
				continue;
			}
			Country only = null;
			for (Country country : data.countries().all()) {
				if (country.name().startsWith(m.group(1) + " ") && d.inDoc(country.iso())) {
					if (only != null) {
						only = null;
						break;
					}
					only = country;
				}
			}
			if (only != null) {
				d.add(names.countryPlace(only), b, e, 0.7, false);
				Mechanisms.fired("locations.compassCountry", d.prior == null ? 0 : 1);
			}
		}
	}
}
