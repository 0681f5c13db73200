package org.sourcebench.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {

	private final DateLineParser parser = new DateLineParser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"Saturday 17 June 2017 - 04:18 | 2017-06-17T04:18",
		"17 June 2017 | 2017-06-17T00:00",
		"17 Jun. 2017, 04:18 | 2017-06-17T04:18",
		"June 17, 2017 | 2017-06-17T00:00",
		"Saturday, June 17, 2017 4:18 PM | 2017-06-17T16:18",
		"Published: 17 June 2017 | 2017-06-17T00:00",
		"Posted on June 17th, 2017 | 2017-06-17T00:00",
		"17.06.2017 04:18 | 2017-06-17T04:18",
		"2017-06-17 | 2017-06-17T00:00",
		"2017-06-17 04:18 | 2017-06-17T04:18",
		"12 Sept 2017 | 2017-09-12T00:00" })
	void datelinesWithoutZone(String line, String expected) {
		PublicationDate date = parser.parseLine(line).orElseThrow(() -> new AssertionError(line));

		assertEquals(LocalDateTime.parse(expected), date.dateTime());
		assertEquals(null, date.offset());
	}

	@Test
	void aZoneOrOffsetIsKept() {
		assertEquals(ZoneOffset.UTC, parser.parseLine("17 June 2017 04:18 GMT").orElseThrow().offset());
		assertEquals(ZoneOffset.ofHours(3), parser.parseLine("17 June 2017 - 04:18 +03:00").orElseThrow().offset());
		PublicationDate iso = parser.parseLine("2017-06-17T04:18:00+04:30").orElseThrow();
		assertEquals(ZoneOffset.ofHoursMinutes(4, 30), iso.offset());
		assertEquals(LocalDateTime.of(2017, 6, 17, 4, 18), iso.dateTime());
	}

	@Test
	void metaTagValuesInIsoForm() {
		assertEquals(ZoneOffset.ofHours(2), parser.parseIso("2017-07-10T09:30:00+02:00").orElseThrow().offset());
		assertEquals(ZoneOffset.UTC, parser.parseIso("2017-07-11T08:00:00Z").orElseThrow().offset());
		assertEquals(ZoneOffset.ofHours(3), parser.parseIso("2017-07-10T09:30:00+0300").orElseThrow().offset());
		PublicationDate dateOnly = parser.parseIso("2017-06-23").orElseThrow();
		assertFalse(dateOnly.timeKnown());
		assertEquals(null, dateOnly.offset());
		assertTrue(parser.parseIso("Jun 23, 2017").isPresent(), "human forms are accepted too");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "In an interview on 17 June 2017, Putin said", "06/07/2017", "31 February 2017",
		"2017-13-45", "Story Code : 646570", "June 2017" })
	void otherLinesAreNotDatelines(String line) {
		assertTrue(parser.parseLine(line).isEmpty(), line);
	}
}
