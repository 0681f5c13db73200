package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A plural description of a state's unnamed agents is that state (twenty-fifth session, helper claims25, switch
 * {@code claims.national-agents}; DECISIONS.md A1), on sentences written for the test. Each test fails with the
 * switch off ({@code -Dsourcebench.off=claims.national-agents}): "investigators" is no source word, so the speaker
 * then resolves to no actor and the sentence gives no claim.
 */
class NationalAgentsTest {

	@Test
	void investigatorsWithANationalityAreTheirState() {
		DocumentExtraction d = extract("Finnish investigators said they had found the anchor of the ship on the "
				+ "seabed.");
		assertTrue(hasClaim(d, "Finland", "they had found the anchor of the ship on the seabed"), d.claims().toString());
	}
}
