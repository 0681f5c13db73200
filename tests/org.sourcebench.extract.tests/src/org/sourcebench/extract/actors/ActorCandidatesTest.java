package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors the readers missed or cut, fourteenth session on issue 11, on sentences written for the test; each
 * assertion fails with its mechanism switched off.
 */
class ActorCandidatesTest {

	private static boolean mentions(DocumentExtraction d, String name, String text) {
		return actor(d, name).map(ExtractedActor::mentions).orElseThrow().stream()
				.anyMatch(s -> s.text().equals(text));
	}

	@Test
	void aBracketedAcronymFixesTheExtentOfTheNameBeforeIt() {
		// actors.acronymExtents
		DocumentExtraction d = ExtractionFixture.extract("Fighters of the Islamic State Sahel Province (ISSP) attacked "
				+ "the convoy, and ISSP later claimed the raid.");
		assertTrue(actor(d, "Islamic State Sahel Province").isPresent(), d.actors().toString());
		assertTrue(mentions(d, "Islamic State Sahel Province", "ISSP"), d.actors().toString());
		assertFalse(actor(d, "Islamic State").isPresent(), d.actors().toString());
		DocumentExtraction mission = ExtractionFixture.extract("The African Union Stabilisation Mission in Ruritania "
				+ "(AUSMIR) said its troops repelled the attack.");
		assertTrue(actor(mission, "African Union Stabilisation Mission in Ruritania").isPresent(),
				mission.actors().toString());
	}

	@Test
	void aRunOpeningWithAGivenNameIsAPerson() {
		// actors.givenNames
		DocumentExtraction d = ExtractionFixture.extract("On Monday, the envoy of Ruritania to Freedonia, Mikhail "
				+ "Zarvokin, was summoned over the remarks.");
		assertTrue(actor(d, "Mikhail Zarvokin").isPresent(), d.actors().toString());
	}

	@Test
	void aBurmeseHonorificIsNoPartOfTheName() {
		// actors.honorifics
		DocumentExtraction d = ExtractionFixture.extract("Junta spokesman U Zaw Min Tun told reporters the vote would "
				+ "go ahead. Zaw Min Tun said the army would protect polling stations.");
		assertTrue(actor(d, "Zaw Min Tun").isPresent(), d.actors().toString());
		assertFalse(actor(d, "U Zaw Min Tun").isPresent(), d.actors().toString());
	}
}
