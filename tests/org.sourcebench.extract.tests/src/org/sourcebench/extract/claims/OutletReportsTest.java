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
		assertBothSpeak("Kim Yo Jong dismissed the idea of a summit with Japan. Tokyo had \"no courage to change "
				+ "history,\" she said, according to KCNA.", "Tokyo had \"no courage to change history,\"", "Kim Yo Jong", "KCNA");
	}

	@Test
	void anOutletWithItsOwnVerbSpeaksTheSameText() {
		assertBothSpeak("Police chief Benny Prabowo said the rebels had fired at a helicopter. \"We saw about twenty "
				+ "armed people near the airstrip,\" he said, Indonesian media Jubi TV reported.",
				"We saw about twenty armed people near the airstrip", "Benny Prabowo", "Jubi TV");
	}

	/** The speaker of the cue and the outlet reporting it both speak {@code text} in {@code article}. */
	private static void assertBothSpeak(String article, String text, String speaker, String outlet) {
		DocumentExtraction d = extract(article);
		assertTrue(hasClaim(d, speaker, text), d.claims().toString());
		assertTrue(hasClaim(d, outlet, text), d.claims().toString());
	}

	@Test
	void aClaimEndsBeforeTheOutletsFrame() {
		DocumentExtraction d = extract("Singapore's foreign ministry said on Saturday it supported the exclusion of the "
				+ "junta from the summit, reported CNN.");
		String text = "it supported the exclusion of the junta from the summit";
		assertTrue(hasClaim(d, "Singaporean Foreign Ministry", text), d.claims().toString());
	}
}
