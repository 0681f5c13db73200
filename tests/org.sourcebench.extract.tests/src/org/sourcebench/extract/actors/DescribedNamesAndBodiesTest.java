package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Names introduced by a description, bodies that are a country's state or forces, and bare institutions (thirteenth
 * session on issue 11), on sentences written for the test; each assertion fails with its mechanism switched off.
 */
class DescribedNamesAndBodiesTest {

	@Test
	void aPersonNounBeforeANameOpensIt() {
		// actors.nounedNames
		DocumentExtraction d = ExtractionFixture.extract("The minister met his Zambian counterpart Tavish Orlenko in "
				+ "the capital on Monday.");
		assertTrue(actor(d, "Tavish Orlenko").isPresent(), d.actors().toString());
	}

	@Test
	void aBareInstitutionIsTheDocumentsOneInstitutionOfThatKind() {
		// actors.bareInstitutions
		DocumentExtraction d = ExtractionFixture.extract("Zambia's Foreign Ministry summoned the envoy on Monday. The "
				+ "Ministry of Foreign Affairs said the talks were over.");
		assertFalse(actor(d, "Ministry of Foreign Affairs").isPresent(), d.actors().toString());
		ExtractedActor ministry = actor(d, "Zambian Foreign Ministry").orElseThrow();
		assertTrue(mentionTexts(ministry).contains("Ministry of Foreign Affairs"), mentionTexts(ministry).toString());
	}

	@Test
	void aCountrysGovernmentAndArmedForcesNamedAsBodiesAreTheStateAndItsForces() {
		// actors.countryBodies
		DocumentExtraction d = ExtractionFixture.extract("The Government of Zambia rejected the claims, and the Armed "
				+ "Forces of Zambia said they were ready.");
		assertFalse(actor(d, "Government of Zambia").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Armed Forces of Zambia").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(actor(d, "Zambia").orElseThrow()).contains("Government of Zambia"));
		assertTrue(mentionTexts(actor(d, "Zambian military").orElseThrow()).contains("Armed Forces of Zambia"));
	}

	@Test
	void aCountrysCoastGuardIsAnActorApartFromItsArmedForces() {
		// actors.coastGuards
		DocumentExtraction d = ExtractionFixture.extract("Ships of China's coast guard blocked the supply boat near "
				+ "the reef, officials said.");
		assertTrue(actor(d, "Chinese Coast Guard").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Chinese military").isPresent(), d.actors().toString());
		DocumentExtraction vessels = ExtractionFixture.extract("Two Chinese coast guard vessels left the reef on "
				+ "Tuesday.");
		assertFalse(actor(vessels, "Chinese Coast Guard").isPresent(), vessels.actors().toString());
	}
}
