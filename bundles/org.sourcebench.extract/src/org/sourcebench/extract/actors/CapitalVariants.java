package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.locations.PlaceVariants;

/**
 * A capital named by another spelling than the country table's (mechanism {@code actors.capitalVariants}): "Kiev" for
 * Kyiv, "Naypyidaw" for Nay Pyi Taw, from the GeoNames transliterations of {@link PlaceVariants} whose place is the
 * country's capital. The spelling is handed on as a capital form of its country, so it stands for the state as an
 * agent ("Kiev accused Moscow") and is a place in locative use, like the table's own capitals. Immutable; safe to
 * share.
 */
final class CapitalVariants {

	private CapitalVariants() {
	}

	/** {@code found} with the capital spellings of {@code t} added, in text order; the list itself when none. */
	static List<PhraseIndex.Match<CountryTable.Form>> with(String t, List<PhraseIndex.Match<CountryTable.Form>> found,
			CountryTable countries) {
		if (!Mechanisms.on("actors.capitalVariants")) {
			return found;
		}
		List<PhraseIndex.Match<CountryTable.Form>> out = null;
		Map<Long, Country> byCapital = null;
		for (PhraseIndex.Match<Place> m : PlaceVariants.get().findAll(t)) {
			if (byCapital == null) {
				byCapital = new HashMap<>();
				for (Country c : countries.all()) {
					if (c.geonamesId() != 0) {
						byCapital.put(c.geonamesId(), c);
					}
				}
			}
			Country c = byCapital.get(m.value().geonamesId());
			if (c == null || overlaps(found, m.begin(), m.end())) {
				continue;
			}
			if (out == null) {
				out = new ArrayList<>(found);
			}
			out.add(new PhraseIndex.Match<>(m.begin(), m.end(), m.phrase(), new CountryTable.Form(c,
					CountryTable.FormType.CAPITAL)));
		}
		if (out == null) {
			return found;
		}
		Mechanisms.fired("actors.capitalVariants", out.size() - found.size());
		out.sort(Comparator.comparingInt(PhraseIndex.Match::begin));
		return out;
	}

	private static boolean overlaps(List<PhraseIndex.Match<CountryTable.Form>> found, int begin, int end) {
		for (PhraseIndex.Match<CountryTable.Form> f : found) {
			if (f.begin() < end && begin < f.end()) {
				return true;
			}
		}
		return false;
	}
}
