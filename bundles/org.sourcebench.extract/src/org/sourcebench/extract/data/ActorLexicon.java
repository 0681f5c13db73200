package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/** actors.tsv: named people, institutions, alliances, armed groups and media, indexed by every surface form. */
public final class ActorLexicon {

	private final PhraseIndex<LexiconActor> index = new PhraseIndex<>();
	private final Map<String, LexiconActor> byName = new HashMap<>();
	private final Map<String, List<LexiconActor>> byOffice = new HashMap<>();
	private final Map<String, java.util.Set<String>> primaries;

	ActorLexicon(List<String[]> rows) {
		for (String[] r : rows) {
			LexiconActor a = new LexiconActor(r[0], org.sourcebench.extract.ActorKinds.fromId(r[1]), DataFile.cell(r, 2),
					DataFile.list(DataFile.cell(r, 3)), DataFile.list(DataFile.cell(r, 4)));
			byName.put(a.name(), a);
			index.add(a.name(), a, true);
			a.aliases().forEach(s -> index.add(s, a, true));
			for (String o : a.offices()) {
				byOffice.computeIfAbsent(a.iso() + "|" + o.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
			}
		}
		index.freeze();
		Map<String, java.util.Set<String>> p = new HashMap<>();
		for (LexiconActor a : byName.values()) {
			String first = a.offices().isEmpty() ? "" : a.offices().get(0).toLowerCase(Locale.ROOT);
			for (String o : a.offices().subList(Math.min(1, a.offices().size()), a.offices().size())) {
				String lower = o.toLowerCase(Locale.ROOT);
				if (!lower.equals(first)) {
					p.computeIfAbsent(lower, k -> new java.util.TreeSet<>()).add(first);
				}
			}
		}
		p.replaceAll((k, v) -> java.util.Set.copyOf(v));
		primaries = Map.copyOf(p);
	}

	public PhraseIndex<LexiconActor> index() {
		return index;
	}

	public LexiconActor byName(String name) {
		return byName.get(name);
	}

	/**
	 * The offices a description may stand for: "top diplomat" is a foreign minister's or a secretary of state's
	 * (the first office of every lexicon person who also has this one), lowercase; empty when none.
	 */
	public java.util.Set<String> primaryOffices(String office) {
		return primaries.getOrDefault(office.toLowerCase(Locale.ROOT), java.util.Set.of());
	}

	/** The first and last year of the offices actors.tsv lists (its header: "offices as held 2016-2019"). */
	public static final int OFFICES_FROM = 2016;
	public static final int OFFICES_TO = 2019;

	/** The holders of an office of a country in the lexicon (several when it changed hands 2016-2019). */
	public List<LexiconActor> holders(String iso, String office) {
		return byOffice.getOrDefault(iso + "|" + office.toLowerCase(Locale.ROOT), List.of());
	}
}
