package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Places the location reader missed on the study articles of the twenty-first session on issue 11 (locs21): the
 * world's continents, oceans, seas and ranges (world-features.tsv), waters named "the Bay of X", and a direction
 * before a name that opens with one; on sentences written for the test, each assertion failing with its mechanism
 * switched off.
 */
class PlaceCoverage21Test {

	@Test
	void aMountainRangeIsAPlace() {
		// locations.worldFeatures
		DocumentExtraction d = ExtractionFixture.extract("The fighters withdrew to the Hindu Kush after the raid, "
				+ "the governor said on Monday.");
		assertTrue(location(d, "Hindu Kush").isPresent(), d.locations().toString());
	}

	@Test
	void anOceanHasNoCountry() {
		// locations.worldFeatures: supranational, not the story's country
		DocumentExtraction d = ExtractionFixture.extract("Japan said the missile flew for 40 minutes and fell into "
				+ "the Indian Ocean, far from the coast of Japan.");
		ExtractedLocation ocean = location(d, "Indian Ocean").orElseThrow(() -> new AssertionError(d.locations()));
		assertNull(ocean.country(), d.locations().toString());
	}

	@Test
	void aFeatureNameOpeningALongerNameIsNoPlace() {
		// locations.worldFeatures: "the Southern Africa Development Community" is an organisation
		DocumentExtraction d = ExtractionFixture.extract("Troops of the Southern Africa Development Community "
				+ "left Goma on Friday, the mission said.");
		assertFalse(location(d, "Southern Africa").isPresent(), d.locations().toString());
		assertFalse(location(d, "Africa").isPresent(), d.locations().toString());
	}

	@Test
	void aBayOfANameIsOneSea() {
		// locations.watersOf
		DocumentExtraction d = ExtractionFixture.extract("The tribunal ruled that Slovenia should get most of the "
				+ "Bay of Kotor, the ministry said.");
		assertTrue(location(d, "Bay of Kotor").isPresent(), d.locations().toString());
	}

	@Test
	void aDirectionBeforeANameOpeningWithOneMakesARegion() {
		// locations.directedNames
		DocumentExtraction d = ExtractionFixture.extract("Settlers attacked a village in the northern West Bank on "
				+ "Friday, a Palestinian official said.");
		assertTrue(location(d, "northern West Bank").isPresent(), d.locations().toString());
	}
}
