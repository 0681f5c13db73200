package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors the readers should not report, fifteenth session on issue 11, on sentences written for the test; each
 * assertion fails with its mechanism switched off.
 */
class ActorSplitRepairsTest {

	@Test
	void aStateNamedOnlyAsTheOwnerOfAnArmedGroupIsNoActor() {
		// actors.groupOwners
		DocumentExtraction d = ExtractionFixture.extract("Yemen’s Houthis launched a drone at a cargo ship on Sunday, "
				+ "the group said in a statement.");
		assertTrue(actor(d, "Houthis").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Yemen").isPresent(), d.actors().toString());
		DocumentExtraction agent = ExtractionFixture.extract("Lebanon’s Hezbollah fired rockets across the border, and "
				+ "Lebanon said it would protest to the council.");
		assertTrue(actor(agent, "Lebanon").isPresent(), agent.actors().toString()); // named as an agent too
	}
}
