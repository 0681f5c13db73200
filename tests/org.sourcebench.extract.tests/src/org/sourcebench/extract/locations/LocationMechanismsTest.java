package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The location mechanisms of the tenth session on issue 11, on sentences written for the test; each assertion of a
 * mechanism fails with it switched off.
 */
class LocationMechanismsTest {

	@Test
	void aCountryAfterToIsAPlaceOnlyAsADestination() {
		// locations.toMotion: "thanks to Norway" names a recipient; "travelled to Chile" a destination
		DocumentExtraction d = extract("The minister conveyed his warm thanks to Norway for the donation. Later "
				+ "that week the delegation travelled to Chile for the summit.");
		assertFalse(location(d, "Norway").isPresent(), d.locations().toString());
		assertTrue(location(d, "Chile").isPresent(), d.locations().toString());
	}
}
