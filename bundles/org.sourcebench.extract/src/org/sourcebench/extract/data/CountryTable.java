package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
	private final Map<String, Country> byAdjective = new HashMap<>();

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
		List<Country> inIsoOrder = new ArrayList<>(byIso.values());
		inIsoOrder.sort(Comparator.comparing(Country::iso));
		for (Country c : inIsoOrder) {
			for (String adj : c.adjectives()) {
				if (!adj.contains(" ")) {
					byAdjective.putIfAbsent(adj, c);
				}
			}
		}
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

	/**
	 * The country of a one-word adjective of countries.tsv written exactly so ("Israeli", "Sudanese"), or null; the
	 * first country in ISO order wins an adjective two countries share.
	 */
	public Country byAdjective(String word) {
		return byAdjective.get(word);
	}

	/**
	 * The country of the first form of {@link #index()} (in {@link PhraseIndex#findAll} order) of that {@code type}
	 * that spans the whole of {@code text} ("Iranian" as an adjective), or null.
	 */
	public Country whole(String text, FormType type) {
		return whole(text, type, true);
	}

	/** The same for the forms of every type but {@code type} ("Iran" or "Iranian" but not a capital), or null. */
	public Country wholeNot(String text, FormType type) {
		return whole(text, type, false);
	}

	private Country whole(String text, FormType type, boolean is) {
		for (PhraseIndex.Match<Form> m : index.findAll(text)) {
			if (m.begin() == 0 && m.end() == text.length() && (m.value().type() == type) == is) {
				return m.value().country();
			}
		}
		return null;
	}

	public PhraseIndex<Form> index() {
		return index;
	}

	public Collection<Country> all() {
		return new ArrayList<>(byIso.values());
	}
}
