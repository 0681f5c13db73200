package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * Decides whether a country name or capital is used as a place ("fighting in Syria", "from Jordan to At Tanf",
 * "northern Syria", "in the capital Khartoum", "did not attack Moscow") or as an agent ("Damascus agrees",
 * "sanctions on Russia", "threats from Pyongyang"). Coordinated names share the preposition of the first ("to Syria
 * and Iraq"). The words come from location-words.tsv ({@link LocationData}). Asked by the actor reader for every
 * country and capital mention; {@link CountryMentions} enters the ones judged places.
 */
public final class LocativeContext {

	private static final Set<String> QUANTIFIERS = Set.of("former", "entire", "all", "whole");
	private static final Set<String> BORDER = Set.of("border", "borders", "frontier");

	private LocativeContext() {
	}

	public static boolean isPlace(String t, int begin, int end) {
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
		for (int hops = 0; hops < 8; hops++) {
			int group = groupNounBefore(words, t, pos);
			if (group >= 0) {
				pos = group; // "from neighbouring countries: Chad, Niger and Libya": the list stands where the noun does
				continue;
			}
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
			if (prev.equals("and") || prev.equals("or") || TextCursor.of(t).commaBefore(pos) >= 0) {
				// coordination: step over the conjunction and the previous conjunct (one or two words)
				int p = prev.equals("and") || prev.equals("or") ? prevStart : TextCursor.of(t).commaBefore(pos);
				int w = TextCursor.of(t).previousWordStart(p);
				if (w < 0 || !Character.isUpperCase(t.charAt(w))) {
					return false;
				}
				int w2 = TextCursor.of(t).previousWordStart(w);
				pos = w2 >= 0 && Character.isUpperCase(t.charAt(w2)) ? w2 : w;
				continue;
			}
			return false;
		}
		return false;
	}

	/**
	 * The start of a plural place noun that a list starting at {@code pos} spells out ("countries: Chad, Niger",
	 * "states such as Chad", "cities, including Mosul"), or -1.
	 */
	private static int groupNounBefore(LocationData words, String t, int pos) {
		TextCursor c = TextCursor.of(t);
		int i = c.skipSpacesBack(pos);
		int nounEnd;
		if (i > 0 && t.charAt(i - 1) == ':') {
			nounEnd = i - 1;
		} else {
			String prev = c.previousWord(pos);
			int prevStart = c.previousWordStart(pos);
			if (prev.equals("as") && c.previousWord(prevStart).equals("such")) {
				nounEnd = c.previousWordStart(prevStart);
			} else if (words.is("list-opener", prev)) {
				nounEnd = prevStart;
			} else {
				return -1;
			}
			int comma = c.commaBefore(nounEnd);
			nounEnd = comma >= 0 ? comma : nounEnd;
		}
		int noun = c.previousWordStart(nounEnd);
		return noun >= 0 && c.onlySpaces(c.wordEnd(noun), nounEnd) && words.is("place-group", c.previousWord(nounEnd))
				? noun : -1;
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
