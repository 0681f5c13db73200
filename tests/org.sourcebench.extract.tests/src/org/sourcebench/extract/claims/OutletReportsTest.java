package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The outlet reports of the twenty-seventh session (helper speakers27, switches {@code claims.outlet-reports} and
 * {@code claims.outlet-tails}), on sentences written for the test and read by the default engine with its parser; the
 * first two tests fail with {@code -Dsourcebench.off=claims.outlet-reports} (the outlet then has no claim), the third
 * with {@code -Dsourcebench.off=claims.outlet-tails} (the claim then keeps ", reported CNN").
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

	@Test
	void aClaimEndsBeforeTheOutletsFrame() {
		DocumentExtraction d = extract("Singapore's foreign ministry said on Saturday it supported the exclusion of the "
				+ "junta from the summit, reported CNN.");
		String text = "it supported the exclusion of the junta from the summit";
		assertTrue(hasClaim(d, "Singaporean Foreign Ministry", text), d.claims().toString());
	}
}
