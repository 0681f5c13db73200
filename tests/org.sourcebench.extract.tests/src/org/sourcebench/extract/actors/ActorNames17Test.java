package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.location;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors and places, seventeenth session on issue 11 (actors17), on sentences written for the test; each assertion
 * fails with its mechanism switched off.
 */
class ActorNames17Test {

	@Test
	void aStateNamedOnlyAsABorderedTerritoryIsNoActor() {
		// actors.placedStates: the location reader reads "borders Lebanon and Israel" as places
		DocumentExtraction d = ExtractionFixture.extract("The province is sensitive because it borders Lebanon and "
				+ "Israel. The army said it had recaptured the town.");
		assertFalse(actor(d, "Lebanon").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Israel").isPresent(), d.actors().toString());
	}

	@Test
	void aBodyNamedWithAGenericTailIsTheBodyNamedWithout() {
		// actors.headedNames: "PTV News" is "PTV"
		DocumentExtraction d = ExtractionFixture.extract("PTV reported the clashes on Monday. PTV News said two "
				+ "soldiers were killed.");
		assertFalse(actor(d, "PTV News").isPresent(), d.actors().toString());
		ExtractedActor ptv = actor(d, "PTV").orElseThrow();
		assertTrue(mentionTexts(ptv).contains("PTV News"), mentionTexts(ptv).toString());
		assertTrue(d.claims().stream().allMatch(c -> c.speaker().equals("PTV")), d.claims().toString());
	}

	@Test
	void aDictionaryPersonNamedOnlyByALastNameIsThePersonNamedInFull() {
		// actors.lateShortForms: "Barzani" after "Masrour Barzani" is not the dictionary's Masoud Barzani
		DocumentExtraction d = ExtractionFixture.extract("Kurdistan Region Prime Minister Masrour Barzani criticised "
				+ "Baghdad on Friday. \"We will not accept this,\" Barzani said.");
		assertFalse(actor(d, "Masoud Barzani").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(actor(d, "Masrour Barzani").orElseThrow()).contains("Barzani"));
		assertTrue(d.claims().stream().allMatch(c -> c.speaker().equals("Masrour Barzani")), d.claims().toString());
	}

	@Test
	void aCountedSetOfEuropeanStatesIsOneActor() {
		// actors.regionalBlocs
		DocumentExtraction d = ExtractionFixture.extract("The three European powers said on Monday they would "
				+ "restore sanctions on Iran.");
		ExtractedActor bloc = actor(d, "European powers").orElseThrow();
		assertEquals("[three European powers]", mentionTexts(bloc).toString());
	}

	@Test
	void anOrganisationNamedInsideItsCharterIsNoActor() {
		// actors.instrumentModifiers: "the UN Charter" names a document
		DocumentExtraction d = ExtractionFixture.extract("The minister called the strike a blatant breach of the UN "
				+ "Charter and international law.");
		assertFalse(actor(d, "United Nations").isPresent(), d.actors().toString());
	}

	@Test
	void aCountryBeforeLedNamesTheBodyItLeads() {
		// actors.ledBodies: the US-led coalition is not the United States (GUIDELINES.md)
		DocumentExtraction d = ExtractionFixture.extract("The ship's master reported the incident to the "
				+ "US-led naval coalition in the Red Sea, the agency said.");
		assertFalse(actor(d, "United States").isPresent(), d.actors().toString());
	}

	@Test
	void aNameOnlyEverAfterInOrAtIsAPlace() {
		// actors.locativeNames: the tagger's body "Tunga Daji" stands only after "in" and "at"
		DocumentExtraction d = ExtractionFixture.extract("The army on Thursday said troops killed 21 armed bandits and "
				+ "recovered weapons in Tunga Daji, Anka Local Government Area of Zamfara state. Local newspapers "
				+ "reported how two soldiers were killed by the bandits at Tunga Daji in Anka Local Government Area of "
				+ "the state.");
		assertFalse(actor(d, "Tunga Daji").isPresent(), d.actors().toString());
		assertTrue(location(d, "Tunga Daji").isPresent(), d.locations().toString());
	}
}
