package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The actor-name mechanisms of the ninth session on issue 11 (names the engine did not find or cut wrongly), on
 * sentences written for the test; each assertion fails with its mechanism switched off.
 */
class NameMechanismsTest {

	@Test
	void aTitleBeforeABodyHeadLeavesNoPersonNamedByACommonWord() {
		// actors.commonWordPersons: "General" is read as a title, "Assembly" as the person it titles
		DocumentExtraction d = ExtractionFixture.extract("The delegates spoke at the United Nations General Assembly "
				+ "in New York on Tuesday.");
		assertFalse(actor(d, "Assembly").isPresent(), d.actors().toString());
	}
}
