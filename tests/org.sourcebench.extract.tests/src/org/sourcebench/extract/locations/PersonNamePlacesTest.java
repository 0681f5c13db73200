package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The location mechanisms of the thirteenth session on issue 11, on sentences written for the test; each assertion
 * of a mechanism fails with it switched off.
 */
class PersonNamePlacesTest {

	@Test
	void aBorderNamedByTwoCountriesIsAPlace() {
		// locations.borderPairs: two country names, or "inter-" and a shared adjective; two adjectives are no place
		DocumentExtraction d = extract("Fighting flared again along the Iraq-Syria border on Monday, and troops were "
				+ "sent to the inter-Korean border. Observers said the Armenian-Azerbaijani border was calm.");
		assertTrue(location(d, "Iraq-Syria border").isPresent(), d.locations().toString());
		assertTrue(location(d, "inter-Korean border").isPresent(), d.locations().toString());
		assertFalse(location(d, "Armenian-Azerbaijani border").isPresent(), d.locations().toString());
	}

	@Test
	void aPersonsNameAfterAPlaceIsNoPlace() {
		// locations.personNames: "the consul in Lagos, Marco Bellini," names a person after the place
		DocumentExtraction d = extract("The foreign ministry on Tuesday summoned the Italian consul in Lagos, Marco "
				+ "Bellini, to protest the arrests.");
		assertTrue(location(d, "Lagos").isPresent(), d.locations().toString());
		assertFalse(location(d, "Marco Bellini").isPresent(), d.locations().toString());
	}

	@Test
	void theLastWordOfAnActorsNameIsNoCity() {
		// locations.actorNameTails: "Sabha" of "the Lok Sabha" is no mention of the Libyan city
		DocumentExtraction d = extract("The bill was debated in the Lok Sabha on Monday, and members of the European "
				+ "Union met in Brussels.");
		assertFalse(location(d, "Sabha").isPresent(), d.locations().toString());
		assertTrue(location(d, "Brussels").isPresent(), d.locations().toString());
	}

	@Test
	void aDirectionAfterACountrysPossessiveLocatesTheRegion() {
		// locations.ownedDirections: "Sudan's western Darfur region" is the Darfur region, as "the western Darfur region"
		DocumentExtraction d = extract("Fighting spread in Sudan's western Darfur region on Monday, and aid groups fled "
				+ "Ethiopia's northern Tigray region.");
		assertTrue(location(d, "Darfur").isPresent(), d.locations().toString());
		assertFalse(location(d, "western Darfur").isPresent(), d.locations().toString());
	}
}
