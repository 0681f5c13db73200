package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * Finds the country that modifies a head noun directly before it: an adjective ("Russian"), a name or capital
 * with a possessive ("Russia's", "Tehran's") or a name used attributively ("US military").
 */
final class CountryModifier {

	record Found(Country country, int begin) {
	}

	private final CountryTable countries;

	CountryModifier(CountryTable countries) {
		this.countries = countries;
	}

	Found before(String t, int headBegin) {
		int end = TextCursor.of(t).skipSpacesBack(headBegin);
		if (end == headBegin) {
			return null;
		}
		int owner = TextCursor.of(t).possessiveOwnerEnd(headBegin);
		if (owner >= 0) {
			end = owner;
		}
		if (ActorWords.get().is("government", TextCursor.of(t).previousWord(end))) {
			// "the Iraqi federal government", "Syria's interim authorities"
			int adjective = TextCursor.of(t).previousWordStart(end);
			Found f = before(t, adjective);
			if (f != null) {
				return f;
			}
		}
		int start = end;
		for (int words = 0; words < 3 && start > 0; words++) {
			start = TextCursor.of(t).previousWordStart(start);
			if (start < 0) {
				return null;
			}
			List<PhraseIndex.Match<CountryTable.Form>> ms = new ArrayList<>();
			countries.index().matchAt(t, start, ms);
			for (PhraseIndex.Match<CountryTable.Form> m : ms) {
				if (m.end() == end) {
					return new Found(m.value().country(), m.begin());
				}
			}
		}
		return null;
	}
}
