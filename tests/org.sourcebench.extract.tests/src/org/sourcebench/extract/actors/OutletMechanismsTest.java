package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.model.ActorKind;

/**
 * The outlet and dateline mechanisms of the tenth session on issue 11 (names the engine never found), on sentences
 * written for the test; each assertion fails with its mechanism switched off.
 */
class OutletMechanismsTest {

	@Test
	void aNameInAnOutletFrameIsAnOutlet() {
		// actors.outlets: "according to the X", "X reported" with a name no dictionary holds
		DocumentExtraction d = extract("The envoy left the country on Sunday, according to the Quito Morning Star. "
				+ "The talks were frozen, Kommersant reported.");
		assertEquals(ActorKind.MEDIA, actor(d, "Quito Morning Star").orElseThrow().kind(), d.actors().toString());
		assertTrue(actor(d, "Kommersant").isPresent(), d.actors().toString());
	}

	@Test
	void aDatelineWithADateGivesItsPlaceAndItsAgency() {
		// locations.datelines2: a mixed-case place with a date before the agency's bracket, slash-joined places
		DocumentExtraction d = extract("Lima, Sept. 12 (Andina) Peru said on Friday that the talks had failed.");
		assertTrue(actor(d, "Andina").isPresent(), d.actors().toString());
		DocumentExtraction two = extract("KYIV/NEW YORK: The ministry said on Monday that the talks had failed.");
		assertTrue(location(two, "New York").isPresent(), two.locations().toString());
	}

	@Test
	void aPluralDemonymAloneIsNoState() {
		// actors.demonymStates: "Syrians" when the text never names Syria
		DocumentExtraction d = extract("Thousands of Syrians crossed the border into Lebanon on Monday.");
		assertFalse(actor(d, "Syria").isPresent(), d.actors().toString());
	}

	@Test
	void aCountryNameInsideATownNameIsNoCountry() {
		// locations.placeOpenings: "Puerto Jordan" is a town, no mention of Jordan
		DocumentExtraction d = extract("Rebels attacked a military post in Puerto Jordan, Colombia, on Monday.");
		assertFalse(actor(d, "Jordan").isPresent(), d.actors().toString());
		assertFalse(location(d, "Jordan").isPresent(), d.locations().toString());
	}

	@Test
	void aBackerBeforeTheSecondOfTwoBodiesIsNoPartOfItsName() {
		// actors.coordinatedParticiple: "X and the Y-backed Z Front"
		DocumentExtraction d = extract("The army fought the Wagner Group and the Russian-backed Azawad Liberation Front "
				+ "near the border.");
		assertTrue(actor(d, "Azawad Liberation Front").isPresent(), d.actors().toString());
	}
}
