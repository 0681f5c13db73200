package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The outlet reports of the twenty-seventh session (helper speakers27, switch {@code claims.outlet-reports}), on
 * sentences written for the test and read by the default engine with its parser; each test fails with the switch off
 * ({@code -Dsourcebench.off=claims.outlet-reports}): the outlet then has no claim.
 */
class OutletReportsTest {

	@Test
	void anOutletAfterTheSpeakersCueSpeaksTheSameText() {
		DocumentExtraction d = extract("Kim Yo Jong dismissed the idea of a summit with Japan. Tokyo had \"no courage "
				+ "to change history,\" she said, according to KCNA.");
		String text = "Tokyo had \"no courage to change history,\"";
		assertTrue(hasClaim(d, "Kim Yo Jong", text), d.claims().toString());
		assertTrue(hasClaim(d, "KCNA", text), d.claims().toString());
	}

	@Test
	void anOutletWithItsOwnVerbSpeaksTheSameText() {
		DocumentExtraction d = extract("Police chief Benny Prabowo said the rebels had fired at a helicopter. \"We saw "
				+ "about twenty armed people near the airstrip,\" he said, Indonesian media Jubi TV reported.");
		String text = "We saw about twenty armed people near the airstrip";
		assertTrue(hasClaim(d, "Benny Prabowo", text), d.claims().toString());
		assertTrue(hasClaim(d, "Jubi TV", text), d.claims().toString());
	}
}
