package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** countries.tsv, indexed by ISO code and by every surface form (name, alias, adjective, capital). */
public final class CountryTable {

	/** How a surface form refers to a country. */
	public enum FormType { NAME, ADJECTIVE, CAPITAL }

	/** One surface form of a country. */
	public record Form(Country country, FormType type) {
	}

	private final Map<String, Country> byIso = new HashMap<>();
	private final Map<String, Country> byName = new HashMap<>();
	private final PhraseIndex<Form> index = new PhraseIndex<>();

	CountryTable(List<String[]> rows) {
		for (String[] r : rows) {
			List<String> capitals = DataFile.list(DataFile.cell(r, 4));
			Country c = new Country(r[0], r[1], DataFile.list(DataFile.cell(r, 2)), DataFile.list(DataFile.cell(r, 3)),
					capitals, parse(DataFile.cell(r, 6)), parse(DataFile.cell(r, 7)),
					DataFile.cell(r, 5).isEmpty() ? 0 : Long.parseLong(DataFile.cell(r, 5)), DataFile.cell(r, 8));
			byIso.put(c.iso(), c);
			byName.put(c.name(), c);
			index.add(c.name(), new Form(c, FormType.NAME), true);
			c.aliases().forEach(a -> index.add(a, new Form(c, FormType.NAME), true));
			c.adjectives().forEach(a -> index.add(a, new Form(c, FormType.ADJECTIVE), true));
			capitals.forEach(a -> index.add(a, new Form(c, FormType.CAPITAL), true));
		}
		index.freeze();
	}

	private static double parse(String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}

	public Country byIso(String iso) {
		return iso == null ? null : byIso.get(iso);
	}

	public Country byName(String name) {
		return byName.get(name);
	}

	public PhraseIndex<Form> index() {
		return index;
	}

	public Collection<Country> all() {
		return new ArrayList<>(byIso.values());
	}
}
