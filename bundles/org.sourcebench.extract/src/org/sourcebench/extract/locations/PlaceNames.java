package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;

/**
 * The place and country tables a location reading looks names up in: the gazetteer (GeoNames cities and first-level
 * regions, places.tsv), the country table and the location words of {@link LocationData}.
 */
final class PlaceNames {

	/** Cities at least this large are likely enough to be meant wherever their name stands in a place frame. */
	static final long BIG_CITY = 100_000;
	/** Towns smaller than this are meant by their name only in locative use. */
	static final long SMALL_TOWN = 15_000;

	private final ExtractionData data;
	private final LocationData words = LocationData.get();

	PlaceNames(ExtractionData data) {
		this.data = data;
	}

	ExtractionData data() {
		return data;
	}

	LocationData words() {
		return words;
	}

	String countryName(String iso, String name) {
		Country c = data.countries().byIso(iso);
		if (c == null) {
			return name.equals("Soviet Union") ? "Soviet Union" : null;
		}
		return words.countryName(iso, c.name());
	}

	Place countryPlace(Country c) {
		return new Place(words.countryName(c.iso(), c.name()), "country", c.iso(), c.lat(), c.lon(), 0, 0, true);
	}

	/** The gazetteer place named exactly {@code name} (preferring {@code iso}, then curated, then larger). */
	Place fullMatch(String name, String iso) {
		List<Place> full = new ArrayList<>();
		List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
		data.gazetteer().index().matchAt(name, 0, ms);
		ms.stream().filter(x -> x.end() == name.length()).forEach(x -> full.add(x.value()));
		return choose(full, x -> iso != null && iso.equals(x) ? 2 : 0);
	}

	/**
	 * The most likely of same-named places: the hand-compiled places first (Geneva is not the 20,000-people Geneva,
	 * Illinois, of a US story), then places in the countries of the story's places ({@code rank} 2), then in the
	 * countries its actors name (1), then larger cities.
	 */
	static Place choose(List<Place> same, java.util.function.ToIntFunction<String> rank) {
		Place best = null;
		long bestScore = Long.MIN_VALUE;
		for (Place p : same) {
			long score = p.population() + rank.applyAsInt(p.iso()) * 1_000_000_000L + (p.curated() ? 4_000_000_000L : 0);
			if (score > bestScore) {
				best = p;
				bestScore = score;
			}
		}
		return best;
	}

	long regionId(String run, String iso) {
		for (Place r : words.regions(run)) {
			if (r.iso().equals(iso)) {
				return r.geonamesId();
			}
		}
		return 0;
	}

	/** The country whose name or alias is exactly {@code name}, or null. */
	Country countryNamed(String name) {
		return data.countries().whole(name, CountryTable.FormType.NAME);
	}

	/** The country whose capital is exactly {@code name}, or null. */
	Country capitalNamed(String name) {
		return data.countries().whole(name, CountryTable.FormType.CAPITAL);
	}

	boolean isCountryOrCapital(String run) {
		return data.countries().wholeNot(run, CountryTable.FormType.ADJECTIVE) != null;
	}

	boolean isAdjective(String run) {
		return adjectiveCountry(run) != null;
	}

	/**
	 * Whether the one-word {@code run} names a group of people rather than a place: a one-word agent of the Phoenix
	 * agents dictionary ("Jewish", "Sunni", "Islamic", "Christian") or a word with a demonym ending (-ish, -ese,
	 * -ite, -ian: "Kurdish", "Alawite") that the gazetteer does not know as a place ("the Jewish state", "a Kurdish
	 * region"). A name the head belongs to may end so ("Arabian Sea"): callers ask only before heads that are no part
	 * of a name, or after the gazetteer.
	 */
	boolean isGroupAdjective(String run) {
		if (run.isEmpty() || run.indexOf(' ') >= 0 || !Character.isUpperCase(run.charAt(0))) {
			return false;
		}
		String[] keys = {PetrarchSource.key(run)};
		if (PetrarchDictionaries.agents().index().longestAt(keys, 0, 1) != null) {
			return true;
		}
		String lower = run.toLowerCase(java.util.Locale.ROOT);
		boolean demonym = lower.endsWith("ish") || lower.endsWith("ese") || lower.endsWith("ite") || lower.endsWith("ian");
		return demonym && fullMatch(run, null) == null && words.regions(run).isEmpty();
	}

	/**
	 * Whether {@code word} after a place name makes the name part of an event's or an agreement's name: an event noun
	 * of event-nouns.tsv, also capitalised or plural ("the Geneva Agreement", "the Astana and Geneva processes");
	 * plural and capitalised forms only with {@code locations.eventNames}; with {@code locations.agreementNames} also a
	 * noun of a treaty or convention (class agreement-noun of location-words.tsv: "the Vienna Convention").
	 */
	boolean eventNounAfter(String word) {
		if (data.isEventNoun(word)) {
			return true;
		}
		if (word.isEmpty() || !Mechanisms.on("locations.eventNames")) {
			return false;
		}
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		boolean event = data.isEventNoun(lower) || data.isEventNoun(PetrarchSource.key(lower).toLowerCase(java.util.Locale.ROOT));
		Mechanisms.fired("locations.eventNames", event ? 1 : 0);
		return event || agreementNoun(lower); // "the Vienna Convention", "the Rome Statute", "the Geneva co-chairs"
	}

	/**
	 * Whether the lower-case {@code word} is a noun of a treaty's or convention's name (class agreement-noun of
	 * location-words.tsv; {@code locations.agreementNames}): a place name before it names no place.
	 */
	boolean agreementNoun(String word) {
		if (!Mechanisms.on("locations.agreementNames") || !words.is("agreement-noun", word)) {
			return false;
		}
		Mechanisms.fired("locations.agreementNames", 1);
		return true;
	}

	/** Whether {@code word} is an abbreviated month name ("Oct", "Sept"; {@code locations.calendarWords}): no place. */
	boolean monthAbbreviation(String word) {
		if (!Mechanisms.on("locations.calendarWords") || !words.is("month-abbreviation", word)) {
			return false;
		}
		Mechanisms.fired("locations.calendarWords", 1);
		return true;
	}

	Country adjectiveCountry(String word) {
		return data.countries().whole(word, CountryTable.FormType.ADJECTIVE);
	}

	/**
	 * Whether the sea or river {@code p} stands before a settlement noun at {@code e} ("the Red Sea city", "a Black Sea
	 * port town"): it says where the town lies and is no mention of its own.
	 */
	boolean waterBeforeSettlement(Reading d, Place p, int e) {
		if (!p.kind().equals("sea") && !p.kind().equals("river")) {
			return false;
		}
		String next = d.c.nextWord(e);
		LocationData.Head h = next.isEmpty() ? null : words.head(next);
		return h != null && h.kind().equals("city") || next.equals("port");
	}

	/** Whether {@code p} is a town of the city table named like a country ("Colombia", Colombia; "Lebanon", US). */
	boolean countryNamesake(Place p) {
		return !p.curated() && countryNamed(p.name()) != null;
	}
}
