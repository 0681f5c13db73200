package org.sourcebench.analysis.dating;

import java.time.LocalDate;
import java.util.Collection;

import org.sourcebench.model.Claim;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Dates relationships (events) and claims for the timeline and for corroboration: the date the text states
 * when there is one, else the publication date of the source that reports it (the earliest, when several do),
 * else none. A publication date is taken as the calendar day in the zone it was published in, so an article
 * from Tokyo dated the 5th stays on the 5th.
 */
public final class EventDating {

	private EventDating() {
	}

	/** @return the date of {@code relationship} and where it comes from */
	public static EventDate of(Relationship relationship) {
		if (relationship.getDate() != null) {
			return new EventDate(relationship.getDate(), DateBasis.STATED);
		}
		return published(relationship.getEvidence());
	}

	/** @return the date of {@code claim} and where it comes from */
	public static EventDate of(Claim claim) {
		if (claim.getDateStated() != null) {
			return new EventDate(claim.getDateStated(), DateBasis.STATED);
		}
		return claim.getEvidence() == null ? EventDate.UNDATED : published(java.util.List.of(claim.getEvidence()));
	}

	/** @return the publication day of {@code source}, or null when it has no publication date */
	public static LocalDate publicationDay(Source source) {
		return source == null || source.getPublished() == null ? null : source.getPublished().toLocalDate();
	}

	private static EventDate published(Collection<Span> evidence) {
		LocalDate earliest = null;
		for (Span span : evidence) {
			LocalDate day = publicationDay(span.getSource());
			if (day != null && (earliest == null || day.isBefore(earliest))) {
				earliest = day;
			}
		}
		return earliest == null ? EventDate.UNDATED : new EventDate(earliest, DateBasis.PUBLISHED);
	}
}
