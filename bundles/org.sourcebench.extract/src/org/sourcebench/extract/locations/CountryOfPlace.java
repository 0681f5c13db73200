package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Resolution of the country of a place the gazetteer does not settle, from the text around it and from the story's
 * other places (see {@link #countryOf}).
 */
final class CountryOfPlace extends PlaceStage {

	private static final Pattern AFTER_PLACE = Pattern.compile("^(?:,| in| of)(?: the)? ");

	private final LocativeFrames frames;

	CountryOfPlace(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	/**
	 * The country of a place the gazetteer does not settle: "X, Country" / "X in Country" / "X, Place", "Country's
	 * X" / "Place's X", "the city's X" (the place before), "the Israeli city of X", a first-level region of that
	 * name, {@code hint} (a list's other places), a city of that name where the story's places are; failing those (a guess,
	 * noted in {@code d.guessed}): the country of most places the first reading found, the dateline's, the country
	 * the actors name most.
	 */
	String countryOf(Reading d, int b, int e, String run, String hint) {
		d.guessed = false;
		TextCursor c = d.c;
		String after = d.t.substring(e, Math.min(d.t.length(), e + 40));
		Matcher in = AFTER_PLACE.matcher(after);
		if (in.find()) {
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(d.t, e + in.end(), cs);
			for (PhraseIndex.Match<CountryTable.Form> m : cs) {
				if (m.value().type() == CountryTable.FormType.NAME) {
					return m.value().country().iso();
				}
			}
			DocPlace dp = d.placeStartingAt(e + in.end());
			if (dp != null && !dp.place.iso().isEmpty() && !dp.guessed) {
				return dp.place.iso();
			}
		}
		String prev = c.previousWordAsWritten(b);
		if (prev.endsWith("'s") && c.previousWordStart(b) >= 0) {
			Country pc = names.countryNamed(prev.substring(0, prev.length() - 2));
			if (pc != null) {
				return pc.iso();
			}
			DocPlace dp = d.placeEndingAt(c.previousWordStart(b) + prev.length() - 2);
			if (dp != null && !dp.place.iso().isEmpty()) {
				return dp.place.iso();
			}
			if (words.is("geo-noun", prev.substring(0, prev.length() - 2).toLowerCase(Locale.ROOT))) {
				String before = d.nearestCountryBefore(b); // "the city's Kyivskyi district"
				if (!before.isEmpty()) {
					return before;
				}
			}
		}
		if (frames.ofFrame(d, b)) {
			int of = c.previousWordStart(c.skipBack(b, w -> w.equals("the"), 1));
			// "the Israeli city of Sderot"
			Country adj = names.adjectiveCountry(c.previousWordAsWritten(c.previousWordStart(of)));
			if (adj != null) {
				return adj.iso();
			}
		}
		String fromRegion = pick(words.regions(run), d, e > b + run.length());
		if (fromRegion != null) {
			return fromRegion;
		}
		if (hint != null && !hint.isEmpty()) {
			return hint;
		}
		Place g = names.fullMatch(run, d.dominantPlace.isEmpty() ? d.dominant : d.dominantPlace);
		if (g != null && !g.kind().equals("country")
				&& (g.curated() || d.placeWeight.isEmpty() || d.placeWeight.containsKey(g.iso()))) {
			return g.iso();
		}
		d.guessed = true;
		return !d.dominantPlace.isEmpty() ? d.dominantPlace : !d.datelineIso.isEmpty() ? d.datelineIso : d.dominant;
	}

	/**
	 * The country of the first-level region of that name in the document's countries; with {@code headed} ("Chiapas
	 * state") also the only country that has one.
	 */
	private static String pick(List<Place> regions, Reading d, boolean headed) {
		String only = null;
		String actors = null;
		for (Place r : regions) {
			if (d.rank(r.iso()) >= 2) {
				return r.iso();
			}
			if (d.rank(r.iso()) == 1 && actors == null) {
				actors = r.iso();
			}
			only = only == null ? r.iso() : only.equals(r.iso()) ? only : "";
		}
		if (!headed) {
			return actors != null && d.placeWeight.isEmpty() && d.prior != null ? actors : null;
		}
		return actors != null ? actors : only == null || only.isEmpty() ? null : only;
	}
}
