package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The actor mechanisms of the eleventh session on issue 11 (wrong actors: office words in a person's name, a country
 * only owning an armed group, a body only before its resolutions), on sentences written for the test; each assertion
 * fails with its mechanism switched off.
 */
class SpuriousActorsTest {

	@Test
	void officeWordsBeforeAPersonsNameAreNoPartOfIt() {
		// actors.titledNames: the tagger reads "Affairs Tomas Verlan" and "House Spokesperson Dana Kessler"
		DocumentExtraction d = ExtractionFixture.extract("At the request of the other side, Minister of Foreign "
				+ "Affairs Tomas Verlan held a telephone call with Minister of Foreign Affairs Ilse Marov to discuss the "
				+ "border dispute. White House Spokesperson Dana Kessler told reporters on Monday that the president "
				+ "would travel to the summit.");
		assertTrue(actor(d, "Tomas Verlan").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Ilse Marov").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Dana Kessler").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Affairs Tomas Verlan").isPresent(), d.actors().toString());
	}

	@Test
	void aCountryOnlyOwningAnArmedGroupIsNoActor() {
		// actors.ownerStates
		DocumentExtraction d = ExtractionFixture.extract("Yemen’s Houthis said on Friday that they had fired two "
				+ "missiles at a cargo ship in the Red Sea.");
		assertTrue(actor(d, "Houthis").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Yemen").isPresent(), d.actors().toString());
	}

	@Test
	void aBodyNamedOnlyBeforeItsResolutionsIsNoActor() {
		// actors.instrumentNames
		DocumentExtraction d = ExtractionFixture.extract("The ministry said the missile test was a clear breach of "
				+ "several UN Security Council resolutions. Pakistan said it reserved the right to respond in line "
				+ "with the United Nations Charter.");
		assertFalse(actor(d, "UN Security Council").isPresent(), d.actors().toString());
		assertFalse(actor(d, "United Nations").isPresent(), d.actors().toString());
	}
}
