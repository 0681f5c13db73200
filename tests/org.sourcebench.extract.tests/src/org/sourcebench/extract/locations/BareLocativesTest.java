package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The location mechanism of the fourteenth session on issue 11 ({@code locations.bareLocatives}), on a sentence
 * written for the test; the assertion on Al-Warqa fails with it switched off.
 */
class BareLocativesTest {

	@Test
	void aNameStandingAloneAfterInIsAPlace() {
		// locations.bareLocatives: "in Al-Warqa with" is the whole object of "in"; "in a Dusarek post" only modifies a noun
		DocumentExtraction d = extract("The envoy met the commander on Saturday in Al-Warqa with the mayor of the "
				+ "district. The governor later wrote in a Dusarek post that the road would reopen.");
		assertTrue(location(d, "Al-Warqa").isPresent(), d.locations().toString());
		assertFalse(location(d, "Dusarek").isPresent(), d.locations().toString());
	}
}
