package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The location mechanisms of the fourteenth session on issue 11 ({@code locations.bareLocatives},
 * {@code locations.longerNames}, {@code locations.koreanSides}), on sentences written for the test; each assertion of
 * a mechanism fails with it switched off.
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

	@Test
	void aTownInsideASeaNameIsNoPlace() {
		// locations.longerNames: "the Sea of Azov" is no mention of the town of Azov
		DocumentExtraction d = extract("The coast guard said two cargo ships were stopped in the Sea of Azov after "
				+ "they ignored radio calls.");
		assertFalse(location(d, "Azov").isPresent(), d.locations().toString());
		assertTrue(location(d, "Sea of Azov").isPresent(), d.locations().toString());
	}

	@Test
	void theNorthOfAKoreaStoryIsNorthKoreaInLocativeUse() {
		// locations.koreanSides: "into the North" of a text on the two Koreas; "the North's envoy" is an owner
		DocumentExtraction d = extract("South Korea said on Friday that activists had flown balloons with rice and "
				+ "radios into the North overnight. The North's envoy called the flights a provocation.");
		assertTrue(location(d, "North Korea").isPresent(), d.locations().toString());
	}
}
