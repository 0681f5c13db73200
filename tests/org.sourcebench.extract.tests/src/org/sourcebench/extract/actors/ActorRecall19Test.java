package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors the engine missed, nineteenth session on issue 11 (actrec19), on sentences written for the test; each
 * assertion fails with its mechanism switched off (the Wagner entry: with the entry taken out of
 * sourcebench.actors.txt).
 */
class ActorRecall19Test {

	@Test
	void theWestIsOneSide() {
		// actors.recall-west: "the West" is an actor, "Western powers" its mention; "the West Bank" is not
		DocumentExtraction d = ExtractionFixture.extract("Moscow accused the West of prolonging the war, and the "
				+ "minister said Western powers had sent more weapons. Clashes went on in the West Bank.");
		assertTrue(actor(d, "West").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(actor(d, "West").orElseThrow()).contains("Western powers"), d.actors().toString());
		assertFalse(mentionTexts(actor(d, "West").orElseThrow()).contains("West Bank"), d.actors().toString());
	}

	@Test
	void wagnerAloneIsTheWagnerGroup() {
		// sourcebench.actors.txt: +WAGNER under WAGNER_GROUP_ (the tagger reads the lone word as no name or a person)
		DocumentExtraction d = ExtractionFixture.extract("The rebels said their forces were attacked on Friday by "
				+ "the army and Russian mercenary group Wagner. Wagner is openly active in the country.");
		assertTrue(d.actors().stream().anyMatch(a -> mentionTexts(a).contains("Wagner")), d.actors().toString());
	}

	@Test
	void anOutletCreditedInTheDatelineIsAnActor() {
		// actors.recall-datelineCredits: "Sahel-Info" after the dateline's place and date; the place is no outlet
		DocumentExtraction d = ExtractionFixture.extract("KANO, March 3, 2026, Sahel-Info – The army said on "
				+ "Monday that it had repelled an attack on a base in the north of the country.");
		assertTrue(actor(d, "Sahel-Info").isPresent(), d.actors().toString());
		assertFalse(actor(d, "KANO").isPresent(), d.actors().toString());
	}
}
