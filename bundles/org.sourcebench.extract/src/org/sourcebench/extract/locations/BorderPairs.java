package org.sourcebench.extract.locations;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 1c of {@link LocationExtractor} ({@code locations.borderPairs}): a border named by the two countries it
 * separates, joined by a hyphen ("the Iraq-Iran border", "the Pak-Afghan border", "the China-Myanmar border area",
 * "the inter-Korean border"), is a place of its own (the guidelines' "bases, airports ... regions": a line on the map),
 * read before the stages that would take the countries in it as places. Each side is a country name, a clipping of
 * one ("Pak") or a nationality adjective ("Afghan"); two adjectives make an adjective phrase, no place ("the
 * Armenian-Azerbaijani border", like "the Jordanian border"). Not a place when the border phrase modifies a noun that
 * names an event or another place ("border clashes", "border town").
 */
final class BorderPairs extends PlaceStage {

	private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:inter-(\\p{Lu}\\p{L}+)|(\\p{Lu}\\p{L}+)"
			+ "[-\u2013](\\p{Lu}\\p{L}+))\\s+(?:[Bb]order|[Ff]rontier|[Bb]oundary)(?:\\s+(?:area|region|zone))?"
			+ "(?![\\p{L}\\p{N}-])");
	private static final int MIN_CLIP = 3;

	private enum Side { NAME, ADJECTIVE, CLIP, NONE }

	BorderPairs(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.borderPairs")) {
			return;
		}
		Matcher m = PAIR.matcher(d.t);
		while (m.find()) {
			int b = m.start();
			int e = m.end();
			if (!pair(m) || !standsAlone(d, e)) {
				continue;
			}
			String name = d.t.substring(b, e).replaceAll("\\s+", " ");
			if (d.add(new Place(name, "region", "", Double.NaN, Double.NaN, 0, 0, true), b, e, 0.8, false) != null) {
				Mechanisms.fired("locations.borderPairs", 1);
			}
		}
	}

	/**
	 * Whether the two sides name two countries, at most one of them by its adjective; "inter-" with the adjective of
	 * two countries that share it ("inter-Korean").
	 */
	private boolean pair(Matcher m) {
		if (m.group(1) != null) {
			String w = m.group(1);
			return side(w) == Side.ADJECTIVE || data.countries().all().stream()
					.anyMatch(c -> c.adjectives().stream().anyMatch(a -> a.endsWith(" " + w))); // "North Korean"
		}
		Side a = side(m.group(2));
		Side z = side(m.group(3));
		return a != Side.NONE && z != Side.NONE && !(a == Side.ADJECTIVE && z == Side.ADJECTIVE);
	}

	/** Whether the word after the phrase leaves it a place: no capitalised name, event noun or place noun follows. */
	private boolean standsAlone(Reading d, int e) {
		if (e < d.t.length() && d.t.charAt(e) != ' ') {
			return true;
		}
		String next = d.c.nextWord(e);
		return next.isEmpty() || !TextCursor.capitalised(next) && !names.eventNounAfter(next) && words.head(next) == null
				&& !words.is("place-after", next.toLowerCase(Locale.ROOT));
	}

	private Side side(String word) {
		List<PhraseIndex.Match<CountryTable.Form>> ms = data.countries().index().findAll(word);
		Side best = Side.NONE;
		for (PhraseIndex.Match<CountryTable.Form> f : ms) {
			if (f.begin() != 0 || f.end() != word.length()) {
				continue;
			}
			if (f.value().type() == CountryTable.FormType.NAME) {
				return Side.NAME;
			}
			if (f.value().type() == CountryTable.FormType.ADJECTIVE) {
				best = Side.ADJECTIVE;
			}
		}
		if (best != Side.NONE || word.length() < MIN_CLIP) {
			return best;
		}
		for (Country c : data.countries().all()) {
			if (c.name().startsWith(word) || c.aliases().stream().anyMatch(a -> a.startsWith(word))) {
				return Side.CLIP; // "Pak" of "Pak-Afghan"
			}
		}
		return Side.NONE;
	}
}
