package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * One test per claim-reading mechanism of issue 11 kept by the check half (Mechanisms {@code claims.*}), on
 * sentences written for the test and read by the default engine with its parser.
 */
class ClaimMechanismsTest {

	private static List<ExtractedClaim> claimsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).toList();
	}

	@Test
	void aCueFollowedOnlyByTimeAdjunctsHasItsClaimBeforeIt() {
		// claims.adjunct-tail: "this evening" is no prepositional phrase, yet nothing is said after the cue
		DocumentExtraction d = extract("The water supply of the northern districts will be restored within two days, "
				+ "Defence Minister Anton Keller said this evening.");
		List<ExtractedClaim> keller = claimsOf(d, "Anton Keller");
		assertEquals(1, keller.size(), d.claims().toString());
		assertEquals("The water supply of the northern districts will be restored within two days",
				keller.get(0).text());
	}

	@Test
	void adjunctsAfterACueAreNeverTheClaim() {
		// claims.adjunct-drop: "yesterday" after "told reporters" is not what was said
		DocumentExtraction d = extract("The rebels have withdrawn from three villages near the border, army spokesman "
				+ "Tomas Varga told reporters yesterday, adding that patrols would continue.");
		d.claims().forEach(c -> assertFalse(c.text().equals("yesterday"), d.claims().toString()));
		assertTrue(d.claims().stream().anyMatch(c -> c.text().equals("patrols would continue")), d.claims().toString());
	}

	@Test
	void aClaimGoesOnOverAnAbbreviationTheSentenceDetectorTookForItsEnd() {
		// claims.abbreviation-join: the detector ends sentences after "U.S." and "a.m." before a name or a noun
		DocumentExtraction d = extract("Talks resumed in Geneva. The White House said U.S. President Daniel Harper held "
				+ "a constructive call with his Brazilian counterpart on Monday.");
		assertEquals("U.S. President Daniel Harper held a constructive call with his Brazilian counterpart on Monday",
				claimsOf(d, "White House").get(0).text(), d.claims().toString());
		DocumentExtraction early = extract("Drones struck the fuel depot at 5 a.m. Tuesday and set two tanks on fire, "
				+ "Governor Oleh Marchenko said.");
		assertEquals("Drones struck the fuel depot at 5 a.m. Tuesday and set two tanks on fire",
				claimsOf(early, "Oleh Marchenko").get(0).text(), early.claims().toString());
	}
}
