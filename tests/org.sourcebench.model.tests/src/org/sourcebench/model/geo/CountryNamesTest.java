package org.sourcebench.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

	@Test
	void codesAndEnglishNamesRoundTrip() {
		assertEquals("Syria", CountryNames.name("SY"));
		assertEquals("United States", CountryNames.name("us"));
		assertEquals("RU", CountryNames.code("Russia"));
		assertEquals("SA", CountryNames.code("saudi arabia"));
		for (String code : java.util.Locale.getISOCountries()) {
			assertEquals(code, CountryNames.code(CountryNames.name(code)), code);
		}
	}

	@Test
	void unknownValuesGiveNull() {
		assertNull(CountryNames.name(null));
		assertNull(CountryNames.name("ZZ"));
		assertNull(CountryNames.code("Middle East"));
		assertNull(CountryNames.code(null));
	}
}
