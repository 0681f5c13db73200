package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * "the North" and "the South" for the halves of a divided country (mechanism {@code actors.compassStates}): where the
 * text names two states whose names differ only in their compass word ("North Korea" and "South Korea", by name,
 * alias, adjective or capital), a bare capitalised compass word after "the" is the state of that half ("warned the
 * South to stop", "the North's missile launch", "leaflets sent into the North"). A capitalised word after it makes
 * it part of another name ("the North Korean army", "the South China Sea"). The mentions are handed on as country
 * names, so the locative reading of the country table applies to them too. Immutable; safe to share.
 */
final class CompassStates {

	private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");
	private static final Pattern BARE = Pattern.compile("\\b(?:the|The) (North|South|East|West)\\b");

	private CompassStates() {
	}

	/**
	 * {@code found} (the country table's matches in {@code t}) with the compass mentions added, in text order; the
	 * list itself when there are none.
	 */
	static List<PhraseIndex.Match<CountryTable.Form>> with(String t, List<PhraseIndex.Match<CountryTable.Form>> found,
			CountryTable countries) {
		if (!Mechanisms.on("actors.compassStates")) {
			return found;
		}
		Map<String, Country> halves = halves(found, countries);
		if (halves.isEmpty()) {
			return found;
		}
		List<PhraseIndex.Match<CountryTable.Form>> out = new ArrayList<>(found);
		Matcher m = BARE.matcher(t);
		int added = 0;
		while (m.find()) {
			Country c = halves.get(m.group(1));
			int end = m.end(1);
			if (c == null || end < t.length() && t.charAt(end) == '-' || nameFollows(t, end)) {
				continue; // "the North-South summit", "the South Korean navy"
			}
			out.add(new PhraseIndex.Match<>(m.start(1), end, m.group(1), new CountryTable.Form(c,
					CountryTable.FormType.NAME)));
			added++;
		}
		if (added == 0) {
			return found;
		}
		Mechanisms.fired("actors.compassStates", added);
		out.sort(Comparator.comparingInt(PhraseIndex.Match::begin));
		return out;
	}

	/** Compass word → state, for every state of a named pair of compass halves ("North" → North Korea). */
	private static Map<String, Country> halves(List<PhraseIndex.Match<CountryTable.Form>> found,
			CountryTable countries) {
		Set<String> named = new HashSet<>();
		for (PhraseIndex.Match<CountryTable.Form> f : found) {
			named.add(f.value().country().iso());
		}
		Map<String, Country> byRest = new HashMap<>();
		Map<String, Country> out = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (String iso : named) {
			Country c = countries.byIso(iso);
			int sp = c.name().indexOf(' ');
			if (sp < 0 || !COMPASS.contains(c.name().substring(0, sp))) {
				continue;
			}
			String rest = c.name().substring(sp + 1);
			Country other = byRest.putIfAbsent(rest, c);
			if (other != null) {
				for (Country half : List.of(other, c)) {
					String word = half.name().substring(0, half.name().indexOf(' '));
					if (out.putIfAbsent(word, half) != null && out.get(word) != half) {
						ambiguous.add(word);
					}
				}
			}
		}
		ambiguous.forEach(out::remove);
		return out;
	}

	/** Whether a capitalised word follows {@code end} directly ("the North Korean", "the South China Sea"). */
	private static boolean nameFollows(String t, int end) {
		String next = TextCursor.of(t).nextWord(end);
		return !next.isEmpty() && TextCursor.capitalised(next);
	}
}
