package org.sourcebench.ingest.dates;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A publication date as printed in an article.
 *
 * @param dateTime the date and time; midnight when only a date was printed
 * @param offset the UTC offset, or {@code null} when the text gives no zone
 * @param timeKnown whether a time of day was printed
 */
public record PublicationDate(LocalDateTime dateTime, ZoneOffset offset, boolean timeKnown) {
}
