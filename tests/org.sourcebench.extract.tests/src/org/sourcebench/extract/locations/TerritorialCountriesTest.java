package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * {@code locations.territorialFrames} (fifteenth session on issue 11, revived in the sixteenth), on a sentence written
 * for the test; the assertion fails with it switched off.
 */
class TerritorialCountriesTest {

	@Test
	void theObjectOfBorderIsAPlace() {
		// "Iraq, which borders Jordan": no other reading makes Jordan a place
		DocumentExtraction d = extract("The militants crossed into Syria's northwest overnight, and Iraq, which borders "
				+ "Jordan, closed its crossings.");
		assertTrue(location(d, "Jordan").isPresent(), d.locations().toString());
	}
}
