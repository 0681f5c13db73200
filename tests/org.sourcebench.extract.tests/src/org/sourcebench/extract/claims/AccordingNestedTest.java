package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The nested "according to" of the twenty-fourth session (helper quotes24, switch {@code claims.according-nested}),
 * on sentences written for the test and read by the default engine with its parser; each test fails with the switch
 * off ({@code -Dsourcebench.off=claims.according-nested}): the outlet then has no claim.
 */
class AccordingNestedTest {

	@Test
	void theOutletBeforeTheSpeakerSpeaksTheSameText() {
		DocumentExtraction d = extract("Taiwan's Coast Guard Administration said a fishing boat was seized. According "
				+ "to Taiwan News, CGA Deputy Director General Hsieh Ching-chin said the agency received a report on "
				+ "Tuesday from the owner of the boat.");
		String text = "the agency received a report on Tuesday from the owner of the boat";
		assertTrue(hasClaim(d, "Hsieh Ching-chin", text), d.claims().toString());
		assertTrue(hasClaim(d, "Taiwan News", text), d.claims().toString());
	}

	@Test
	void anInsertedOutletSpeaksTheSameText() {
		DocumentExtraction d = extract("US Secretary of State Hillary Clinton visited Islamabad. Ahead of her visit, "
				+ "she, according to Reuters, said that the US had so far not seen \"sustained and decisive action on "
				+ "the part of Islamabad\".");
		String text = "the US had so far not seen \"sustained and decisive action on the part of Islamabad\"";
		assertTrue(hasClaim(d, "Hillary Clinton", text), d.claims().toString());
		assertTrue(hasClaim(d, "Reuters", text), d.claims().toString());
	}
}
