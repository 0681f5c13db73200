package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.model.ActorKind;

/**
 * {@code forces.described} ({@link DescribedForces}): a force described without an owner word is the force of the
 * state the text is set in only when the description picks out one force (after "the", or worded as the state's);
 * a bare "police" is a generic set unless it acts in its clause ({@code actors.agent-police}). Sentences written for
 * the test.
 */
class DescribedForcesTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.withoutParser();

	@Test
	void theDefinitePoliceOfAStoryIsThePoliceOfTheStateItIsSetIn() {
		DocumentExtraction d = ENGINE.extract("Chile's interior ministry said on Monday that the police had detained "
				+ "twelve men in Santiago. Chile's president praised the arrests.");
		ExtractedActor police = actor(d, "Chilean police").orElseThrow(() -> new AssertionError(d.actors()));
		assertTrue(mentionTexts(police).contains("police"), police.toString());
	}

	@Test
	void aDescriptionWordedAsTheStatesForcesIsItsMilitary() {
		DocumentExtraction d = ENGINE.extract("Chile's defence ministry said the rebels attacked a federal army base "
				+ "near the pass. Chile's president condemned the rebels.");
		ExtractedActor army = actor(d, "Chilean military").orElseThrow(() -> new AssertionError(d.actors()));
		assertEquals(ActorKind.MILITARY, army.kind());
		assertTrue(mentionTexts(army).contains("federal army"), army.toString());
	}

	@Test
	void aBarePoliceThatActsIsThePoliceOfTheStateTheStoryIsSetIn() {
		// actors.agent-police: the passive agent ("shot dead by police") picks out the force that acted
		DocumentExtraction d = ENGINE.extract("Protesters marched in Santiago on Monday, Chile's interior ministry "
				+ "said. One man was shot dead by police near the palace, and Chile's president called for calm.");
		ExtractedActor police = actor(d, "Chilean police").orElseThrow(() -> new AssertionError(d.actors()));
		assertTrue(mentionTexts(police).contains("police"), police.toString());
	}

	@Test
	void aBarePoliceWithNoOwnerInTheTextIsAGenericSetAndNoActor() {
		DocumentExtraction d = ENGINE.extract("Chile's president thanked police and soldiers from Peru for their work "
				+ "in Santiago. Chile's interior ministry agreed.");
		assertFalse(d.actors().stream().anyMatch(a -> a.name().endsWith("police")), d.actors().toString());
	}
}
