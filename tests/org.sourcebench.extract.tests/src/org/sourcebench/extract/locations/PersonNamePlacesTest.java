package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The location mechanism of the thirteenth session on issue 11 ({@code locations.personNames}), on sentences written
 * for the test; the assertion on the person fails with it switched off.
 */
class PersonNamePlacesTest {

	@Test
	void aPersonsNameAfterAPlaceIsNoPlace() {
		// locations.personNames: "the consul in Lagos, Marco Bellini," names a person after the place
		DocumentExtraction d = extract("The foreign ministry on Tuesday summoned the Italian consul in Lagos, Marco "
				+ "Bellini, to protest the arrests.");
		assertTrue(location(d, "Lagos").isPresent(), d.locations().toString());
		assertFalse(location(d, "Marco Bellini").isPresent(), d.locations().toString());
	}
}
