package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 5b of {@link LocationExtractor}: country names in locative use that only the places found so far show: a
 * country listed with a place ("changes in Saudi Arabia, the United Arab Emirates and Bahrain") and a country whose
 * possessive opens a place phrase after a locative word ("in Syria's northwestern province of Idlib", "near
 * Ukraine's eastern city of Kharkiv").
 */
final class ListedAndOwningCountries {

	private final PlaceNames names;
	private final LocativeFrames frames;
	private final LocationData words;

	ListedAndOwningCountries(PlaceNames names, LocativeFrames frames) {
		this.names = names;
		this.frames = frames;
		this.words = names.words();
	}

	void read(Reading d) {
		TextCursor c = d.c;
		for (PhraseIndex.Match<CountryTable.Form> m : names.data().countries().index().findAll(d.t)) {
			if (!d.freeCountryName(m)) {
				continue;
			}
			int b = m.begin();
			int e = m.end();
			if (listed(d, b, e) || owningPlacePhrase(d, b, e) || d.locativeCase(b, e) && !c.possessiveAfter(e)
					|| betweenPlaces(d, b, e)) {
				d.add(names.countryPlace(m.value().country()), b, e, 0.75, true);
			}
		}
	}

	/** "in Saudi Arabia, the United Arab Emirates and Bahrain": the list member before is a place. */
	private boolean listed(Reading d, int b, int e) {
		int start = d.c.skipBack(b, w -> w.equals("the"), 1);
		return frames.listedWithPlace(d, start, e);
	}

	/**
	 * "a lake between Russia and Estonia", "the crossing between Tunisia and Libya", "located between X and Y"
	 * ({@code locations.openedLists}): the first of two countries after "between" that a place noun or a verb of
	 * lying between (class between-head) opens; the second follows as a listed place. Talks, ties or war between two
	 * states name no place.
	 */
	private boolean betweenPlaces(Reading d, int b, int e) {
		TextCursor c = d.c;
		int start = c.skipBack(b, w -> w.equals("the"), 1);
		if (!c.previousWord(start).equals("between") || c.possessiveAfter(e) || !c.nextWord(e).equals("and")
				|| !Mechanisms.on("locations.openedLists")) {
			return false;
		}
		String head = c.previousWord(c.previousWordStart(start)).toLowerCase(java.util.Locale.ROOT);
		if (!words.is("between-head", head)) {
			return false;
		}
		Mechanisms.fired("locations.openedLists", 1);
		return true;
	}

	/** "in Syria's northwestern province of Idlib": a possessive before a direction and a place noun or name. */
	private boolean owningPlacePhrase(Reading d, int b, int e) {
		TextCursor c = d.c;
		if (!c.possessiveAfter(e)) {
			return false;
		}
		int pos = e + 2;
		String next = c.nextWord(pos);
		boolean direction = false;
		for (int n = 0; n < 2 && words.isDirection(next.toLowerCase(java.util.Locale.ROOT)); n++) {
			pos = c.wordEnd(c.nextWordStart(pos));
			next = c.nextWord(pos);
			direction = true;
		}
		boolean place = words.is("geo-noun", next) || direction && TextCursor.capitalised(next);
		return place && frames.locativeFrame(d, b, e, false);
	}
}
