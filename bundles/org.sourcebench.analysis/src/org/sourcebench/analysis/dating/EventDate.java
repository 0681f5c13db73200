package org.sourcebench.analysis.dating;

import java.time.LocalDate;

/**
 * The date an event or claim is placed at on a time axis, and where that date comes from.
 *
 * @param date  the day, or null when {@link DateBasis#UNDATED}
 * @param basis stated in the text, taken from publication, or none
 */
public record EventDate(LocalDate date, DateBasis basis) {

	/** The date of an element that has none. */
	public static final EventDate UNDATED = new EventDate(null, DateBasis.UNDATED);

	/** @return whether there is a date */
	public boolean isDated() {
		return date != null;
	}

	/** @return the day as days since 1970-01-01 (the time axis), or {@link Long#MIN_VALUE} when undated */
	public long epochDay() {
		return date == null ? Long.MIN_VALUE : date.toEpochDay();
	}
}
