package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.text.TextCursor;

/**
 * Last stage of {@link LocationExtractor}: drops a place mention that is only a piece of a longer capitalised name
 * (DECISIONS L3, places inside names): a capitalised word stands right before or after it, one space away, that is
 * itself no place, direction, day or month, country or group adjective ("the Israeli Golan", "the Muslim North
 * Caucasus"), possessive owner ("Syria's Afrin") or hyphenated modifier ("Hamas-run Gaza"), no closed-class word
 * ("The Bahamas", "In Kyiv") and no common word opening the sentence; a word after the mention counts only when no
 * preposition stands before it ("in Baghdad Fahd al-Fadhli"). "the European Union", "the Islamic Republic", "The
 * Nile Post", "President Lai Ching-te", "the Hafiz Gul Bahadur group" and "Washington DC" name no place of that
 * name. A line written in title case (a headline) is left alone. A place left with no mention is dropped. Switch:
 * {@code locations.nameFragments}.
 */
final class NameFragments extends PlaceStage {

	private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec");
	/** Closed-class words ("The", "In", "While"): no part of a place's name before it ("The Bahamas" is the place). */
	private static final Set<String> OPENERS = Set.of("the", "a", "an", "and", "but", "or", "nor", "while", "when",
			"after", "before", "as", "if", "since", "for", "with", "by", "during", "under", "its", "his", "her",
			"their", "our", "this", "that", "these", "those", "both", "all", "some", "many", "most", "meanwhile",
			"also", "then", "now", "so", "yet", "although", "though", "because", "until", "unless", "whereas",
			"following", "despite", "including", "like", "unlike", "between", "among", "amid", "against", "about",
			"of", "on", "at", "from", "to", "in", "into", "not", "no", "only", "even", "every", "each", "once",
			"where", "here", "there", "what", "which", "who", "whose", "how", "why", "we", "they", "he", "she", "it",
			"i", "you");

	NameFragments(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.nameFragments")) {
			return;
		}
		int dropped = 0;
		for (DocPlace dp : d.places.values()) {
			int before = dp.spans.size();
			dp.spans.removeIf(s -> fragment(d, s[0], s[1]));
			dropped += before - dp.spans.size();
		}
		d.places.values().removeIf(dp -> dp.spans.isEmpty());
		Mechanisms.fired("locations.nameFragments", dropped);
	}

	/** Whether the mention at {@code [b, e)} is a piece of a longer capitalised name. */
	boolean fragment(Reading d, int b, int e) {
		TextCursor c = d.c;
		String t = d.t;
		if (titleCaseLine(t, b)) {
			return false;
		}
		if (b >= 2 && t.charAt(b - 1) == ' ' && c.isWordChar(b - 2)) {
			int ls = c.previousWordStart(b);
			if (ls >= 0 && nameWord(d, t.substring(ls, b - 1), c.sentenceStart(ls), true)) {
				return true;
			}
		}
		if (e + 1 < t.length() && t.charAt(e) == ' ' && c.isWordStart(e + 1)
				&& !words.isPreposition(c.previousWord(b))) {
			return nameWord(d, t.substring(e + 1, c.wordEnd(e + 1)), false, false); // not "in Baghdad Fahd al-X"
		}
		return false;
	}

	private boolean nameWord(Reading d, String w, boolean opening, boolean left) {
		if (!TextCursor.capitalised(w) || w.length() < 2) {
			return false;
		}
		String lower = w.toLowerCase(Locale.ROOT);
		if (left && (lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("'"))) {
			return false; // "Syria's Afrin"
		}
		int hyphen = w.lastIndexOf('-');
		if (hyphen >= 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))) {
			return !left; // "Hamas-run Gaza", "Russian-annexed Crimea"; after the place: "Lai Ching-te"
		}
		if (CALENDAR.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower)
				|| words.isDirection(lower)) {
			return false;
		}
		if (left && (OPENERS.contains(lower) || words.isPreposition(lower) || names.isAdjective(w)
				|| names.isGroupAdjective(w))) {
			return false; // "The Bahamas", "[...] In Kyiv", "the Israeli Golan", "the Muslim North Caucasus"
		}
		if (opening && EntityTagger.commonWord(w)) {
			return false;
		}
		return !place(w);
	}

	/** Whether {@code w} is a place of its own ("in Myanmar Yangon"): a country, capital, region or larger city. */
	private boolean place(String w) {
		if (names.isCountryOrCapital(w) || !words.regions(w).isEmpty()) {
			return true;
		}
		Place p = names.fullMatch(w, null);
		return p != null && (p.curated() || p.population() >= PlaceNames.BIG_CITY);
	}

	/** Whether the line holding {@code at} is a headline: most of its words of four letters or more capitalised. */
	private static boolean titleCaseLine(String t, int at) {
		int s = t.lastIndexOf('\n', at) + 1;
		int e = t.indexOf('\n', at);
		String line = t.substring(s, e < 0 ? t.length() : e);
		int words = 0;
		int caps = 0;
		for (String w : line.split("[^\\p{L}]+")) {
			if (w.length() >= 4) {
				words++;
				caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
			}
		}
		return words >= 3 && caps * 10 >= words * 7;
	}
}
