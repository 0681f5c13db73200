package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A date is no side of an event ({@code relations.attach-dates}): the parse and the CAMEO patterns take "on Tuesday",
 * "last month" or "the attack on Saturday" for the phrase an event is aimed at, and a date in the targets kept the
 * reader from the target it would read otherwise ("warned on Tuesday that X would face consequences": X; "claimed on
 * Monday that X had attacked": X). Weekdays, months and the nouns of a span of time are dropped from the targets.
 * Stateless.
 */
final class DateSides {

	static final String SWITCH = "relations.attach-dates";

	private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "day", "week", "weekend", "month", "year", "morning",
			"afternoon", "evening", "night", "today", "yesterday", "tonight");

	private DateSides() {
	}

	/** Removes the dates from {@code targets} (token heads). */
	static void drop(ParsedSentence s, List<Integer> targets) {
		if (!Mechanisms.on(SWITCH)) {
			return;
		}
		int before = targets.size();
		targets.removeIf(t -> t >= 0 && t < s.size() && date(s, t));
		Mechanisms.fired(SWITCH, before - targets.size());
	}

	private static boolean date(ParsedSentence s, int t) {
		String w = s.word(t) == null ? "" : s.word(t).toLowerCase(Locale.ROOT);
		String lemma = s.lemma(t) == null ? "" : s.lemma(t).toLowerCase(Locale.ROOT);
		// "May" the month, not the modal; "march" the month only as a name
		boolean name = s.pos(t).equals("PROPN") || s.pos(t).equals("NOUN");
		return name && (DATES.contains(w) || DATES.contains(lemma))
				&& !(w.equals("march") && !Character.isUpperCase(s.word(t).charAt(0)));
	}
}
