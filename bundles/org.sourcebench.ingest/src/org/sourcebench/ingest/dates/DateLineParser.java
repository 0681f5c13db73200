package org.sourcebench.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a publication date, in the forms English-language news
 * sites print:
 * <ul>
 * <li>{@code Saturday 17 June 2017 - 04:18} (the scraped news-page format), {@code 17 June 2017},
 * {@code 17 Jun. 2017, 04:18 GMT}</li>
 * <li>{@code June 17, 2017}, {@code Saturday, June 17, 2017 4:18 PM}</li>
 * <li>ISO 8601: {@code 2017-06-17}, {@code 2017-06-17 04:18}, {@code 2017-06-17T04:18:00+03:00}</li>
 * <li>{@code 17.06.2017} and {@code 17.06.2017 04:18}</li>
 * </ul>
 * optionally after a label such as {@code Published:}, {@code Date:} or {@code Posted on}. Slash dates
 * ({@code 06/07/2017}) are ignored on purpose: day-month and month-day orders cannot be told apart.
 * Only a whole line matches, so a sentence that mentions a date is never taken for a dateline.
 */
public final class DateLineParser {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
			Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
			Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private static final String LABEL = "(?:(?:published|posted|updated|date|dated|last updated)(?:\\s+on)?\\s*:?\\s*)?";
	private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
	private static final String TIME = "(?:\\s*(?:[-\u2013\u2014,|]|at)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
			+ "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(gmt|utc|z|(?:gmt|utc)?\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?";

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"^" + LABEL + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + "$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"^" + LABEL + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DOTTED = Pattern.compile(
			"^" + LABEL + WEEKDAY + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME + "$", Pattern.CASE_INSENSITIVE);
	private static final Pattern ISO_LINE = Pattern.compile(
			"^" + LABEL + "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * @param line one line of text
	 * @return the date when the whole line (after trimming) is a dateline
	 */
	public Optional<PublicationDate> parseLine(String line) {
		String text = line.strip().replace('\u00A0', ' ');
		if (text.isEmpty() || text.length() > 80) {
			return Optional.empty();
		}
		try {
			Matcher m = DAY_MONTH_YEAR.matcher(text);
			if (m.matches()) {
				return Optional.of(build(Integer.parseInt(m.group(3)), month(m.group(2)),
						Integer.parseInt(m.group(1)), m, 4));
			}
			m = MONTH_DAY_YEAR.matcher(text);
			if (m.matches()) {
				return Optional.of(build(Integer.parseInt(m.group(3)), month(m.group(1)),
						Integer.parseInt(m.group(2)), m, 4));
			}
			m = DOTTED.matcher(text);
			if (m.matches()) {
				return Optional.of(build(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)), m, 4));
			}
			m = ISO_LINE.matcher(text);
			if (m.matches()) {
				return parseIsoOnly(m.group(1));
			}
		} catch (DateTimeException | NumberFormatException e) {
			// a line shaped like a date but naming none (31 February): not a dateline
		}
		return Optional.empty();
	}

	/**
	 * Parses the machine-readable dates of HTML meta tags and {@code <time datetime>}: ISO 8601 with or
	 * without time and offset, e.g. {@code 2017-06-17T04:18:00+03:00}, {@code 2017-06-17T01:18Z},
	 * {@code 2017-06-17}. Falls back to {@link #parseLine(String)} for human forms.
	 *
	 * @param value the attribute value
	 * @return the date, when the value is one
	 */
	public Optional<PublicationDate> parseIso(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Optional<PublicationDate> iso = parseIsoOnly(value);
		return iso.isPresent() ? iso : parseLine(value);
	}

	private Optional<PublicationDate> parseIsoOnly(String value) {
		String text = value.strip().replace(' ', 'T');
		try {
			return Optional.of(offsetDate(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			// +0300 without a colon, as some CMSs write it
			return Optional.of(offsetDate(OffsetDateTime.parse(text,
					DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]xx", Locale.ROOT))));
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			return Optional.of(new PublicationDate(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
					null, true));
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			return Optional.of(new PublicationDate(LocalDate.parse(text).atStartOfDay(), null, false));
		} catch (DateTimeParseException e) {
			// not ISO
		}
		return Optional.empty();
	}

	private static PublicationDate offsetDate(OffsetDateTime odt) {
		return new PublicationDate(odt.toLocalDateTime(), odt.getOffset(), true);
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace(".", "");
		Integer month = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
		if (month == null) {
			throw new DateTimeException("no month " + name);
		}
		return month;
	}

	/** Builds the date from year/month/day and the TIME groups starting at {@code timeGroup}. */
	private static PublicationDate build(int year, int month, int day, Matcher m, int timeGroup) {
		LocalDate date = LocalDate.of(year, month, day);
		String hour = m.group(timeGroup);
		if (hour == null) {
			return new PublicationDate(date.atStartOfDay(), null, false);
		}
		int h = Integer.parseInt(hour);
		int minute = Integer.parseInt(m.group(timeGroup + 1));
		int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
		String meridiem = m.group(timeGroup + 3);
		if (meridiem != null) {
			boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
			if (h < 1 || h > 12) {
				throw new DateTimeException("hour " + h + " with " + meridiem);
			}
			h = h % 12 + (pm ? 12 : 0);
		}
		LocalDateTime dateTime = LocalDateTime.of(date, LocalTime.of(h, minute, second));
		return new PublicationDate(dateTime, zone(m.group(timeGroup + 4)), true);
	}

	private static ZoneOffset zone(String zone) {
		if (zone == null) {
			return null;
		}
		String z = zone.toUpperCase(Locale.ROOT).replace("GMT", "").replace("UTC", "").strip();
		if (z.isEmpty() || z.equals("Z")) {
			return ZoneOffset.UTC;
		}
		String sign = z.substring(0, 1);
		String digits = z.substring(1).replace(":", "").strip();
		int hours;
		int minutes = 0;
		if (digits.length() <= 2) {
			hours = Integer.parseInt(digits);
		} else {
			hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
			minutes = Integer.parseInt(digits.substring(digits.length() - 2));
		}
		int sgn = sign.equals("-") ? -1 : 1;
		return ZoneOffset.ofHoursMinutes(sgn * hours, sgn * minutes);
	}
}
