package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedLocation;

/**
 * The location mechanisms of the tenth session on issue 11, on sentences written for the test; each assertion of a
 * mechanism fails with it switched off.
 */
class LocationMechanismsTest {

	@Test
	void aBorderNamedByItsTwoSidesIsOnePlaceOfNoCountry() {
		// locations.borderPairs
		DocumentExtraction d = extract("Troops were moved along the Chad-Sudan border on Monday, and patrols "
				+ "continued near the inter-Korean border.");
		ExtractedLocation border = location(d, "Chad-Sudan border").orElseThrow(() -> new AssertionError(d.locations()));
		assertNull(border.country(), border.toString());
		assertTrue(location(d, "inter-Korean border").isPresent(), d.locations().toString());
		assertFalse(location(d, "Chad").isPresent(), d.locations().toString());
	}

	@Test
	void anUnknownNameAfterALocativePrepositionIsAPlace() {
		// locations.locativeNames
		DocumentExtraction d = extract("Two soldiers were wounded on Sunday and were treated in Karvoleth, the army "
				+ "said. The ceasefire took hold in mid-March.");
		assertTrue(location(d, "Karvoleth").isPresent(), d.locations().toString());
		assertFalse(d.locations().stream().anyMatch(l -> l.name().contains("March")), d.locations().toString());
	}
}
