package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Places the name readers took for persons (sixteenth session on issue 11, actors16), on a sentence written for the
 * test; the assertion fails with the mechanism switched off.
 */
class PlaceFramedPersonsTest {

	@Test
	void aNameDescribedAsACityIsNoPerson() {
		// actors.placeFramedPersons: ", a key city" describes a place
		DocumentExtraction d = ExtractionFixture.extract("The army announced the recapture of Wad Tamir, a key city "
				+ "in the east that rebels had seized.");
		assertFalse(actor(d, "Wad Tamir").isPresent(), d.actors().toString());
	}
}
