package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.model.ActorKind;

/**
 * {@code actors.inner-persons} ({@link InnerPersons}): a person the tagger names inside another actor's mention, as
 * its owner or at its end, is an actor of its own, and the longer mention keeps its actor. Sentences written for the
 * test, read with the parser (the entity tags come from it); the test fails with the switch off.
 */
class InnerPersonsTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

	private static final String BODY = "Palestinian President Mahmoud Abbas’s office said on Sunday that annexation of "
			+ "the West Bank was illegitimate. A spokesperson for Australian Foreign Minister Penny Wong said Canberra "
			+ "was concerned. He was due to face centrist Elena Lasconi of the Save Romania Union party in a runoff.";

	@Test
	void aPersonOwningOrClosingAnotherActorsMentionIsAPerson() {
		DocumentExtraction d = ENGINE.extract(BODY);
		for (String name : new String[] {"Mahmoud Abbas", "Penny Wong", "Elena Lasconi"}) {
			ExtractedActor p = actor(d, name).orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
			assertEquals(ActorKind.PERSON, p.kind());
			assertEquals(List.of(name), mentionTexts(p));
		}
		assertTrue(actor(d, "Mahmoud Abbas's office").isPresent(), d.actors().toString());
	}

	@Test
	void aPersonTheTextNamesOnItsOwnIsNotAddedTwice() {
		DocumentExtraction d = ENGINE.extract("Mahmoud Abbas met envoys on Sunday. Palestinian President Mahmoud "
				+ "Abbas’s office said later that annexation of the West Bank was illegitimate.");
		assertEquals(1, d.actors().stream().filter(a -> a.name().equals("Mahmoud Abbas")).count(), d.actors()
				.toString());
	}
}
