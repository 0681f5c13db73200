package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.ActorKind;

/**
 * The actor-name mechanisms of the ninth session on issue 11 (names the engine did not find or cut wrongly), on
 * sentences written for the test; each assertion fails with its mechanism switched off.
 */
class NameMechanismsTest {

	@Test
	void aNameBeforeAQualifiedGroupNounIsAnArmedGroupMentionedWhereverItStands() {
		// actors.groupNouns
		DocumentExtraction d = ExtractionFixture.extract("The Tarvosi Kel rebel group seized the town, and the KX7 "
				+ "movement denied it. Officials said Tarvosi Kel fighters withdrew and KX7 called for talks.");
		ExtractedActor kel = actor(d, "Tarvosi Kel").orElseThrow(() -> new AssertionError(d.actors().toString()));
		assertEquals(ActorKind.ARMED_GROUP, kel.kind());
		assertEquals(2, kel.mentions().size(), kel.toString());
		ExtractedActor kx = actor(d, "KX7").orElseThrow(() -> new AssertionError(d.actors().toString()));
		assertEquals(ActorKind.ARMED_GROUP, kx.kind());
		assertTrue(mentionTexts(kx).contains("KX7"));
	}

	@Test
	void anAdjectiveOrAOneWordNameBeforeAGroupNounNamesNoGroup() {
		// actors.groupNouns: descriptions of people stay descriptions
		DocumentExtraction d = ExtractionFixture.extract("Kurdish militia fighters and the Tarvosi rebels clashed.");
		assertFalse(actor(d, "Kurdish").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Tarvosi").isPresent(), d.actors().toString());
	}

	@Test
	void aTitleBeforeABodyHeadLeavesNoPersonNamedByACommonWord() {
		// actors.commonWordPersons: "General" is read as a title, "Assembly" as the person it titles
		DocumentExtraction d = ExtractionFixture.extract("The delegates spoke at the United Nations General Assembly "
				+ "in New York on Tuesday.");
		assertFalse(actor(d, "Assembly").isPresent(), d.actors().toString());
	}
}
