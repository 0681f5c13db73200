package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A trailing attribution with a bare time after its cue (twenty-fifth session, helper claims25, switch
 * {@code claims.time-tail}), on sentences written for the test: "..., security officials said Friday." reads what
 * stands before the cue. Each test fails with the switch off ({@code -Dsourcebench.off=claims.time-tail}): the
 * engine then takes the time word after the cue ("Friday, adding ...") for what was said, or no claim at all.
 */
class TimeTailTest {

	@Test
	void aBareWeekdayAfterTheCueLeavesTheClaimBeforeIt() {
		DocumentExtraction d = extract("Gunmen attacked a checkpoint near the northern border and wounded two "
				+ "policemen, security officials said Friday, raising fears of a wider conflict.");
		assertTrue(hasClaim(d, "unnamed security officials", "Gunmen attacked a checkpoint near the northern border and "
				+ "wounded two policemen"), d.claims().toString());
	}

	@Test
	void aBareWeekdayBeforeAParticipleClause() {
		DocumentExtraction d = extract("Two soldiers were killed in an ambush near the river, a local official said "
				+ "Tuesday, blaming the separatists.");
		assertTrue(hasClaim(d, "unnamed local official", "Two soldiers were killed in an ambush near the river"),
				d.claims().toString());
	}
}
