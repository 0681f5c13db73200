package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.locations.LocationData;
import org.sourcebench.extract.text.TextCursor;

/**
 * Decides whether a country name or capital is used as a place ("fighting in Syria", "from Jordan to At Tanf",
 * "northern Syria", "in the capital Khartoum", "did not attack Moscow") or as an agent ("Damascus agrees",
 * "sanctions on Russia", "threats from Pyongyang"). Coordinated names share the preposition of the first ("to Syria
 * and Iraq"). The words come from location-words.tsv ({@link LocationData}).
 */
final class LocativeContext {

	private static final Set<String> QUANTIFIERS = Set.of("former", "entire", "all", "whole");
	private static final Set<String> BORDER = Set.of("border", "borders", "frontier");
	/** Words and conjuncts stepped over back to the word that decides ("from neighbouring countries: A, B and C"). */
	private static final int MAX_HOPS = 8;

	private LocativeContext() {
	}

	static boolean isPlace(String t, int begin, int end) {
		LocationData words = LocationData.get();
		boolean capital = isCapital(t, begin, end);
		if (end + 2 <= t.length() && t.startsWith("'s", end)) {
			// "in Syria's Deir ez-Zor province", "near Syria's border" place; "Syria's sovereignty" agent
			String next = TextCursor.of(t).nextWord(end + 2);
			boolean placeFollows = !next.isEmpty() && (Character.isUpperCase(next.charAt(0))
					|| words.is("geo-noun", next.toLowerCase()));
			return placeFollows && isLocative(words, TextCursor.of(t).previousWord(begin));
		}
		if (isDatelineCountry(t, begin, end)) {
			return true;
		}
		if (end + 1 < t.length() && t.charAt(end) == '-' && Character.isLowerCase(t.charAt(end + 1))) {
			return false; // "US-backed militias", "Russia-led talks": a modifier
		}
		if (capital && words.is("on-noun", TextCursor.of(t).nextWord(end).toLowerCase())
				&& TextCursor.of(t).previousWord(begin).equals("the")) {
			return true; // "on the Kremlin grounds"
		}
		int pos = begin;
		for (int hops = 0; hops < MAX_HOPS; hops++) {
			String prev = TextCursor.of(t).previousWord(pos);
			int prevStart = TextCursor.of(t).previousWordStart(pos);
			if (words.is("skip", prev) || hops > 0 && isAdjective(t, prevStart, pos)) {
				pos = prevStart;
				continue; // "in the capital Khartoum", "in the Syrian capital Damascus"
			}
			if (prev.equals("from")) {
				return !words.is("from-agent", wordBefore(t, prevStart));
			}
			if (prev.equals("to")) {
				return !words.is("to-agent", wordBefore(t, prevStart)); // "of grave concern" to Washington
			}
			if (isLocative(words, prev)) {
				return true;
			}
			if (prev.equals("of")) {
				String before = TextCursor.of(t).previousWord(prevStart);
				return words.is("geo-noun", before) || words.isPreposition(before + " of");
			}
			if (capital && (prev.equals("on") || prev.equals("against"))) {
				return words.is("on-noun", TextCursor.of(t).previousWord(prevStart)); // "an attack on Moscow"
			}
			if (capital && words.is("place-verb", prev)) {
				return true; // "did not attack Moscow"
			}
			if (prev.equals("between") || prev.equals("with")) {
				return BORDER.contains(TextCursor.of(t).previousWord(prevStart));
			}
			int set = setNounBefore(t, pos);
			if (set >= 0) {
				pos = set; // "from neighbouring countries: Senegal, Guinea": the list stands for the noun
				continue;
			}
			if (prev.equals("and") || prev.equals("or") || TextCursor.of(t).commaBefore(pos) >= 0) {
				// coordination: step over the conjunction and the previous conjunct (one or two words)
				int p = prev.equals("and") || prev.equals("or") ? prevStart : TextCursor.of(t).commaBefore(pos);
				if (p == prevStart && TextCursor.of(t).commaBefore(p) >= 0) {
					p = TextCursor.of(t).commaBefore(p); // "Guinea, and Mauritania"
				}
				int w = TextCursor.of(t).previousWordStart(p);
				if (w < 0 || !Character.isUpperCase(t.charAt(w)) && !elidedName(t, w)) {
					return false;
				}
				int w2 = TextCursor.of(t).previousWordStart(elided(t, w));
				pos = w2 >= 0 && Character.isUpperCase(t.charAt(w2)) ? w2 : w;
				continue;
			}
			return false;
		}
		return false;
	}

	/**
	 * The start of a plural noun of location-words' country-set before {@code pos} that a list introduced by ":",
	 * "including" or "such as" stands for ("countries: Senegal", "nations such as Chad"), or -1.
	 */
	private static int setNounBefore(String t, int pos) {
		int i = TextCursor.of(t).skipSpacesBack(pos);
		if (i > 0 && t.charAt(i - 1) == ':') {
			i--;
		} else if (TextCursor.of(t).previousWord(i).equals("including")) {
			i = TextCursor.of(t).previousWordStart(i);
		} else if (TextCursor.of(t).previousWord(i).equals("as")
				&& TextCursor.of(t).previousWord(TextCursor.of(t).previousWordStart(i)).equals("such")) {
			i = TextCursor.of(t).previousWordStart(TextCursor.of(t).previousWordStart(i));
		} else {
			return -1;
		}
		i = TextCursor.of(t).skipSpacesBack(i);
		if (i > 0 && t.charAt(i - 1) == ',') {
			i--;
		}
		String noun = TextCursor.of(t).previousWord(i);
		if (!LocationData.get().is("country-set", noun)) {
			return -1;
		}
		int start = TextCursor.of(t).previousWordStart(i);
		for (int k = 0; k < 2; k++) { // "from three bordering countries": the modifiers belong to the noun
			String w = TextCursor.of(t).previousWordAsWritten(start);
			if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || isLocative(LocationData.get(), w)
					|| Set.of("from", "to", "of", "and", "or", "the").contains(w)) {
				break;
			}
			start = TextCursor.of(t).previousWordStart(start);
		}
		return start;
	}

	/** "d'Ivoire": an elided article and a capitalised name as one word at {@code w}. */
	private static boolean elidedName(String t, int w) {
		return w + 3 < t.length() && Character.isLowerCase(t.charAt(w))
				&& (t.charAt(w + 1) == '\'' || t.charAt(w + 1) == '\u2019') && Character.isUpperCase(t.charAt(w + 2));
	}

	/** The start of an elided article before the word at {@code w} ("d’" of "Côte d’Ivoire"), else {@code w}. */
	private static int elided(String t, int w) {
		if (w < 2 || t.charAt(w - 1) != '\u2019' && t.charAt(w - 1) != '\'') {
			return w;
		}
		int e = TextCursor.of(t).previousWordStart(w - 1);
		return e >= 0 && w - 1 - e <= 2 ? e : w;
	}

	/** The word before {@code pos}, lower-cased, over a closing quotation mark or a comma. */
	private static String wordBefore(String t, int pos) {
		int i = pos;
		while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '"' || t.charAt(i - 1) == ',')) {
			i--;
		}
		return TextCursor.of(t).previousWord(i);
	}

	private static boolean isLocative(LocationData words, String w) {
		return words.isPreposition(w) || words.isDirection(w) || QUANTIFIERS.contains(w);
	}

	/** Whether the word at {@code [start, ...)} before {@code pos} is a nationality adjective ("Syrian"). */
	private static boolean isAdjective(String t, int start, int pos) {
		if (start < 0) {
			return false;
		}
		List<PhraseIndex.Match<CountryTable.Form>> ms = new ArrayList<>();
		ExtractionData.get().countries().index().matchAt(t, start, ms);
		return ms.stream().anyMatch(m -> m.value().type() == CountryTable.FormType.ADJECTIVE
				&& t.substring(m.end(), pos).isBlank());
	}

	/** Whether the name at {@code [begin, end)} is a capital rather than a country name. */
	private static boolean isCapital(String t, int begin, int end) {
		List<PhraseIndex.Match<CountryTable.Form>> ms = new ArrayList<>();
		ExtractionData.get().countries().index().matchAt(t, begin, ms);
		boolean capital = false;
		for (PhraseIndex.Match<CountryTable.Form> m : ms) {
			if (m.end() == end) {
				if (m.value().type() == CountryTable.FormType.NAME) {
					return false;
				}
				capital |= m.value().type() == CountryTable.FormType.CAPITAL;
			}
		}
		return capital;
	}

	/**
	 * "Riyadh, Saudi Arabia –" / "ERBIL, Iraq -" / "BOGOTA, Colombia" on a line of its own: the country of a
	 * dateline at the start of a paragraph.
	 */
	private static boolean isDatelineCountry(String t, int begin, int end) {
		int comma = TextCursor.of(t).commaBefore(begin);
		if (comma < 0) {
			return false;
		}
		int lineStart = t.lastIndexOf('\n', comma) + 1;
		String city = t.substring(lineStart, comma).trim();
		String rest = t.substring(end, Math.min(t.length(), end + 3)).trim();
		boolean lineEnds = end == t.length() || t.charAt(end) == '\n'
				|| t.substring(end, Math.min(t.length(), end + 3)).isBlank();
		return !city.isEmpty() && city.split(" ").length <= 3 && Character.isUpperCase(city.charAt(0))
				&& (lineEnds || rest.startsWith("\u2013") || rest.startsWith("-") || rest.startsWith("\u2014")
						|| rest.startsWith("("));
	}
}
