package org.sourcebench.batch;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which articles of a batch to import: by outlet (exact, case-insensitive), by publication date (inclusive
 * range; an article without a date is left out when a range is given) and by an actor's name among the
 * article's actors (case-insensitive). A {@code null} part selects everything.
 *
 * @param outlet the outlet, or {@code null}
 * @param from the first publication day, or {@code null}
 * @param to the last publication day, or {@code null}
 * @param actor an actor name, or {@code null}
 */
public record BatchSelection(String outlet, LocalDate from, LocalDate to, String actor) {

	/** Everything in the batch. */
	public static final BatchSelection ALL = new BatchSelection(null, null, null, null);

	/** @param source a row of the sources table @param actorNames the lower-case actor names of that source */
	public boolean accepts(Map<String, Object> source, Set<String> actorNames) {
		if (outlet != null && !outlet.equalsIgnoreCase(String.valueOf(source.get("outlet")))) {
			return false;
		}
		if (from != null || to != null) {
			LocalDate day = day(source.get("published"));
			if (day == null || from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
				return false;
			}
		}
		return actor == null || actorNames.contains(actor.strip().toLowerCase(Locale.ROOT));
	}

	/** Whether the selection needs each source's actor names. */
	public boolean needsActors() {
		return actor != null;
	}

	/** The day of an ISO 8601 date or date-time ("2018-01-30", "2018-01-30T10:00+03:00"). */
	static LocalDate day(Object published) {
		if (!(published instanceof String text) || text.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
