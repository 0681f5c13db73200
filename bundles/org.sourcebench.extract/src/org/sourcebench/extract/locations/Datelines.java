package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.Place;

/**
 * Stage 1 of {@link LocationExtractor}: the dateline ("KYIV (Reuters) -", "RIYADH: ", "BOGOTA, Colombia", "SITTWE,
 * Rakhine State -"), the place (and country) a story was filed from, read in the first lines only.
 */
final class Datelines {

	/** A place name of up to four capitalised words, "of" and name particles between them ("Republic of Congo"). */
	private static final String NAME = "[A-Z][\\p{L}'.\\-]*(?: (?:(?:of|de|du|del|da|al|el|es) )?[A-Z][\\p{L}'.\\-]*){0,3}";

	private static final Pattern DATELINE = Pattern.compile(
			"^[ ]*(" + NAME + ")(?:, ?(" + NAME + "))?"
					+ "(?= ?\\(|, ?\\(| ?-|:[ ]|[ ]*\\n|[ ]*$|, [A-Z][a-z]{2,8}\\.? \\d)",
			Pattern.MULTILINE);

	private static final int DATELINE_REACH = 200;

	private final PlaceNames names;

	Datelines(PlaceNames names) {
		this.names = names;
	}

	void read(Reading d) {
		Matcher m = DATELINE.matcher(d.t);
		while (m.find() && m.start(1) <= DATELINE_REACH) {
			if (dateline(d, m)) {
				return;
			}
		}
		DatelineForms.Found f = DatelineForms.read(d.t);
		if (f != null) {
			otherForm(d, f);
		}
	}

	/** "KYIV/NEW YORK:", "Islamabad, 26 January 2023 (TDI):", "Bangkok :" (mechanism locations.datelines2). */
	private void otherForm(Reading d, DatelineForms.Found f) {
		Region region = Region.of(names, f.region() == null ? null : d.t.substring(f.region()[0], f.region()[1]));
		String iso = region.iso();
		boolean any = false;
		for (int[] s : f.places()) {
			String raw = d.t.substring(s[0], s[1]);
			String first = titleCase(raw);
			Country named = names.countryNamed(first);
			Place p = named != null ? names.countryPlace(named) : null;
			Country capitalOf = named == null ? names.capitalNamed(first) : null;
			if (p == null && capitalOf != null && (iso == null || iso.equals(capitalOf.iso()))) {
				p = new Place(first, "city", capitalOf.iso(), capitalOf.lat(), capitalOf.lon(), capitalOf.geonamesId(),
						0, true);
			}
			if (p == null) {
				p = names.fullMatch(first, iso);
			}
			if (p == null) {
				continue;
			}
			d.add(p, s[0], s[1], 0.9, false);
			if (!any) {
				d.datelineIso = p.iso();
				d.weigh(p.iso(), 2);
			}
			any = true;
		}
		if (!any) {
			return;
		}
		Mechanisms.fired("locations.datelines2", 1);
		d.datelineEnd = f.end();
		if (f.region() != null) {
			region.addTo(d, names, f.region()[0], f.region()[1]);
		}
	}

	/**
	 * The region or country named after a dateline's place and a comma ("BOGOTA, Colombia", "SITTWE, Rakhine
	 * State"): a country of the table, else a place of the gazetteer; both null when there is none or it is unknown.
	 */
	private record Region(Country country, Place place) {

		static Region of(PlaceNames names, String written) {
			String name = written;
			if (written != null && names.countryNamed(written) == null && Mechanisms.on("locations.datelines3")
					&& !titleCase(written).equals(written) && names.countryNamed(titleCase(written)) != null) {
				name = titleCase(written); // "BEIRUT, LEBANON (3:50 P.M.) -": a shouted country
				Mechanisms.fired("locations.datelines3", 1);
			}
			Country country = name == null ? null : names.countryNamed(name);
			return new Region(country, name != null && country == null ? names.fullMatch(name, null) : null);
		}

		/** The region's country code, or null. */
		String iso() {
			return country != null ? country.iso() : place != null ? place.iso() : null;
		}

		/** Enters the region at {@code [b, e)} as a place of the dateline, when it is known. */
		void addTo(Reading d, PlaceNames names, int b, int e) {
			if (country != null) {
				d.add(names.countryPlace(country), b, e, 0.9, false);
			} else if (place != null) {
				d.add(place, b, e, 0.85, false);
			}
		}
	}

	private boolean dateline(Reading d, Matcher m) {
		String first = titleCase(m.group(1));
		boolean shouting = m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && m.group(1).length() > 2;
		Region region = Region.of(names, m.group(2));
		if (!shouting && m.group(2) == null && !d.t.startsWith(",", m.end(1)) && !d.t.startsWith(" (", m.end(1))) {
			return false; // a mixed-case opening word is a dateline only before "(Agency)" or ", (Agency"
		}
		String iso = region.iso();
		Country named = names.countryNamed(first);
		Place p = named != null ? names.countryPlace(named) : names.fullMatch(first, iso);
		Country capitalOf = named == null ? names.capitalNamed(first) : null;
		if (capitalOf != null && (iso == null || iso.equals(capitalOf.iso()))
				&& (p == null || !p.iso().equals(capitalOf.iso())) && Mechanisms.on("locations.capitalDateline")) {
			// "WASHINGTON (Reuters) -": a story is filed from the capital of the country table, not a town of that name
			p = new Place(first, "city", capitalOf.iso(), capitalOf.lat(), capitalOf.lon(), capitalOf.geonamesId(), 0,
					true);
			Mechanisms.fired("locations.capitalDateline", 1);
		}
		if (p == null && iso != null && shouting) {
			p = new Place(first, "city", iso, Double.NaN, Double.NaN, 0, 0, false);
		}
		if (p == null) {
			return false;
		}
		d.add(p, m.start(1), m.end(1), 0.9, false);
		d.datelineEnd = m.end();
		d.datelineIso = p.iso();
		d.weigh(p.iso(), 2);
		region.addTo(d, names, m.start(2), m.end(2));
		return true;
	}

	private static String titleCase(String caps) {
		if (!caps.equals(caps.toUpperCase(Locale.ROOT))) {
			return caps;
		}
		StringBuilder title = new StringBuilder();
		for (String w : caps.split(" ")) {
			title.append(title.length() == 0 ? "" : " ").append(w.charAt(0))
					.append(w.substring(1).toLowerCase(Locale.ROOT));
		}
		return title.toString();
	}
}
