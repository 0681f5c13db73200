package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors, eighteenth session on issue 11 (actors18), on sentences written for the test; each assertion fails with its
 * mechanism switched off.
 */
class ActorNames18Test {

	@Test
	void aNameGivenAsAlsoKnownAsIsTheSameActor() {
		// actors.aliases: "Hemedti" is the person named before "also known as"
		DocumentExtraction d = ExtractionFixture.extract("The army accused Mohamed Ahmed Hamdan, also known as "
				+ "Hemedti, of shelling the city. Hemedti denied the accusation on Monday.");
		assertFalse(actor(d, "Hemedti").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(actor(d, "Mohamed Ahmed Hamdan").orElseThrow()).contains("Hemedti"),
				d.actors().toString());
	}

	@Test
	void aNamedMilitaryExerciseIsNoActor() {
		// actors.namedExercises: the tagger's body "Thunder Resolve" names an exercise
		DocumentExtraction d = ExtractionFixture.extract("The army began a military exercise dubbed \"Thunder "
				+ "Resolve 2026\" near the border, the ministry said.");
		assertFalse(actor(d, "Thunder Resolve").isPresent(), d.actors().toString());
	}

	@Test
	void aDateAfterAPrepositionIsNoPartOfAName() {
		// actors.nameEdges: "US Department of State on July 16"
		DocumentExtraction d = ExtractionFixture.extract("The statement by the US Department of State on July 16 "
				+ "condemned the drone attack on the oil field.");
		assertTrue(actor(d, "US Department of State").isPresent(), d.actors().toString());
		assertFalse(actor(d, "US Department of State on July").isPresent(), d.actors().toString());
	}

	@Test
	void aDescriptionWrittenAgainBeforeANameIsThatPerson() {
		// actors.describedHolders: "the Japanese ambassador" is Kenji Kanasugi, named later with the same description
		DocumentExtraction d = ExtractionFixture.extract("Beijing summoned the Japanese ambassador on Friday. Vice "
				+ "Foreign Minister Sun Weidong summoned the Japanese ambassador to China Kenji Kanasugi on Thursday, the "
				+ "ministry said.");
		assertFalse(actor(d, "Japanese ambassador").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(actor(d, "Kenji Kanasugi").orElseThrow()).contains("Japanese ambassador"),
				d.actors().toString());
	}
}
