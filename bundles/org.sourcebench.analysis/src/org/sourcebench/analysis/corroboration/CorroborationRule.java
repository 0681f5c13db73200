package org.sourcebench.analysis.corroboration;

import org.sourcebench.model.Relationship;

/**
 * When two relationships report the same event: the same dyad (same actor from, same actor to; direction
 * matters, as in CAMEO's source → target), the same CAMEO root (the first two digits: "042" Make a visit and
 * "043" Host a visit are both 04 Consult), and dates at most {@link #windowDays()} apart. Wire reports of one
 * meeting are typically dated the day of the meeting and the day after (time zones, next-day editions);
 * {@link #DEFAULT} therefore allows 2 days. An undated relationship is never merged: nothing says it is the
 * same event.
 *
 * @param windowDays the largest number of days between the earliest and latest date in one group
 */
public record CorroborationRule(int windowDays) {

	/** Same dyad, same root, dates within 2 days. */
	public static final CorroborationRule DEFAULT = new CorroborationRule(2);

	public CorroborationRule {
		if (windowDays < 0) {
			throw new IllegalArgumentException("window must not be negative: " + windowDays);
		}
	}

	/** @return the two-digit CAMEO root of {@code relationship}'s event code, or null when it has none */
	public static String root(Relationship relationship) {
		String code = relationship.getEventCode();
		return code == null || code.length() < 2 ? null : code.substring(0, 2);
	}
}
