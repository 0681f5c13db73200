package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Country names and place words inside longer proper names (sixteenth session on issue 11, actors16), on sentences
 * written for the test; each assertion fails with its mechanism switched off.
 */
class NameExtentsTest {

	@Test
	void aCapitalOpeningAnotherNameIsNoState() {
		// actors.namesInsideNames: "Minsk" of "the Minsk Agreements" names no Belarus
		DocumentExtraction d = ExtractionFixture.extract("The two leaders accused each other of breaking the Minsk "
				+ "Agreements again.");
		assertFalse(actor(d, "Belarus").isPresent(), d.actors().toString());
	}

	@Test
	void aCountryAfterAGulfIsNoState() {
		// actors.namesInsideNames: "Finland" of "the Gulf of Finland"
		DocumentExtraction d = ExtractionFixture.extract("The aircraft flew over the Gulf of Finland before turning "
				+ "back.");
		assertFalse(actor(d, "Finland").isPresent(), d.actors().toString());
	}

	@Test
	void aGulfWithItsNameIsOnePlace() {
		// locations.nameExtents: "Gulf" + "of Finland" is the Gulf of Finland, not the Persian Gulf
		DocumentExtraction d = ExtractionFixture.extract("The aircraft flew over the Gulf of Finland before turning "
				+ "back.");
		assertTrue(location(d, "Gulf of Finland").isPresent(), d.locations().toString());
	}

	@Test
	void aTownNameWithAParticleIsOnePlace() {
		// locations.nameExtents with actors.namesInsideNames: "Praia" of "Mocimboa da Praia" is no capital
		DocumentExtraction d = ExtractionFixture.extract("Insurgents attacked the port town of Mocimboa da Praia in "
				+ "Cabo Delgado province on Friday.");
		assertTrue(location(d, "Mocimboa da Praia").isPresent(), d.locations().toString());
	}
}
