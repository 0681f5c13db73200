package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Places the location reader missed on the study articles of the twenty-ninth session on issue 11 (locs29), on
 * sentences written for the test; each test's assertion fails with its switch off: a country whose possessive owns a
 * closing extent noun ({@code locations.ownedExtent}: "a slum of Ruritania's capital,"), a country after a verb of
 * entering, leaving or invading ({@code locations.enteredCountries}: "had three days to leave Ruritania") and a
 * directional region written around a country's name ({@code locations.directionPhrases}: "the north of Ruritania",
 * "Ruritania's northwest").
 */
class PlaceCoverage29Test {

	@Test
	void aCountryOwningItsCapitalIsAPlace() {
		DocumentExtraction d = ExtractionFixture.extract("The drone struck a market in a slum of Haiti's capital, "
				+ "relatives of the victims told reporters on Friday.");
		assertTrue(location(d, "Haiti").isPresent(), d.locations().toString());
	}

	@Test
	void aCountryTheDiplomatsMustLeaveIsAPlace() {
		DocumentExtraction d = ExtractionFixture.extract("The ministry said the two diplomats had 72 hours to leave "
				+ "Hungary after the expulsion was announced.");
		assertTrue(location(d, "Hungary").isPresent(), d.locations().toString());
	}

	@Test
	void theNorthOfACountryIsADirectionalRegion() {
		DocumentExtraction d = ExtractionFixture.extract("Two soldiers were arrested in the north of Somalia in late "
				+ "March, and refugees fled into Syria's northwest.");
		assertTrue(location(d, "northern Somalia").isPresent(), d.locations().toString());
		assertTrue(location(d, "northwestern Syria").isPresent(), d.locations().toString());
	}
}
