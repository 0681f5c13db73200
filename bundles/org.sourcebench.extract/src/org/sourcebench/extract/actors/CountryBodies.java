package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * A country's government or armed forces named as a body of their own ("Government of Ruritania", "Federal
 * Government of Ruritania", "Royal Ruritanian Government", "Armed Forces of Ruritania", "Royal Ruritanian Army") are
 * the country's state and the country's armed forces (mechanism {@code actors.countryBodies}; GUIDELINES.md: state and
 * government are not split, a country's armed forces are one actor). The name is a head of institutions.tsv's
 * {state} or {military} rows, capitalised, with the country after "of" or as the adjective before it, and at most
 * "Federal"/"Royal" before; nothing else ("Revolutionary Armed Forces of Ruritania", "Ruritanian National Army" stay
 * bodies). Stateless apart from the data; safe to share.
 */
final class CountryBodies {

	private static final List<String> OPENERS = List.of("Federal ", "Royal ");

	private final ExtractionData data;

	CountryBodies(ExtractionData data) {
		this.data = data;
	}

	void merge(DocActors actors) {
		if (!Mechanisms.on("actors.countryBodies")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE || a.spans().isEmpty()) {
				continue;
			}
			String name = a.name();
			for (String o : OPENERS) {
				if (name.startsWith(o)) {
					name = name.substring(o.length());
				}
			}
			Found f = ofCountry(name);
			if (f == null) {
				f = adjectiveFirst(name);
			}
			if (f == null) {
				continue;
			}
			DocActor into = f.state ? actors.actor(f.country.name(), ActorKind.STATE, f.country.iso(), 0.8)
					: armedForces(actors, f.country);
			if (into != a) {
				actors.absorb(a, into);
				Mechanisms.fired("actors.countryBodies", 1);
			}
		}
	}

	private record Found(Country country, boolean state) {
	}

	/** "Government of Ruritania", "Armed Forces of the Ruritanian Republic". */
	private Found ofCountry(String name) {
		int of = name.indexOf(" of ");
		if (of < 0) {
			return null;
		}
		Boolean state = head(name.substring(0, of));
		String rest = name.substring(of + 4);
		if (rest.startsWith("the ")) {
			rest = rest.substring(4);
		}
		Country c = country(rest, CountryTable.FormType.NAME);
		return state == null || c == null ? null : new Found(c, state);
	}

	/** "Ruritanian Government", "Ruritanian Army" (after "Royal"/"Federal"). */
	private Found adjectiveFirst(String name) {
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(name, 0, cs);
		for (PhraseIndex.Match<CountryTable.Form> m : cs) {
			if (m.value().type() == CountryTable.FormType.ADJECTIVE && m.end() + 1 < name.length()
					&& name.charAt(m.end()) == ' ') {
				Boolean state = head(name.substring(m.end() + 1));
				if (state != null) {
					return new Found(m.value().country(), state);
				}
			}
		}
		return null;
	}

	/** TRUE for a capitalised {state} head, FALSE for a capitalised {military} head, else null. */
	private Boolean head(String words) {
		if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
			return null;
		}
		for (Institution i : data.institutions().index().whole(words)) {
			if (i.isState()) {
				return Boolean.TRUE;
			}
			if (i.isMilitary()) {
				return Boolean.FALSE;
			}
		}
		return null;
	}

	/** The country whose form of {@code type} is exactly {@code s}, or null. */
	private Country country(String s, CountryTable.FormType type) {
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(s, 0, cs);
		for (PhraseIndex.Match<CountryTable.Form> m : cs) {
			if (m.end() == s.length() && m.value().type() == type) {
				return m.value().country();
			}
		}
		return null;
	}

	/** The country's armed forces actor of the document, else a new one under the country's military name. */
	private static DocActor armedForces(DocActors actors, Country c) {
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.MILITARY && a.iso().equals(c.iso()) && a.name().equals(c.military())) {
				return a;
			}
		}
		return actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.8);
	}
}
