package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;

/**
 * {@code actors.inner-lexicon-names} ({@link ActorExtractor}): a lexicon or dictionary body's name ending in a body
 * head ("Security Council") that continues a longer capitalised name ("the National Security Council") is not that
 * body, while "UN Security Council" and a bare "the Security Council" still are. Sentences written for the test; the
 * first test fails with the switch off.
 */
class InnerLexiconNamesTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.withoutParser();

	@Test
	void aNationalSecurityCouncilIsNoUnSecurityCouncil() {
		DocumentExtraction d = ENGINE.extract("The National Security Council said on Monday that Chinese vessels had "
				+ "entered the shoal near the Philippines.");
		assertFalse(d.actors().stream().anyMatch(a -> a.name().equalsIgnoreCase("UN Security Council")),
				d.actors().toString());
	}

	@Test
	void theUnSecurityCouncilStaysTheUnSecurityCouncil() {
		DocumentExtraction d = ENGINE.extract("The UN Security Council met on Monday. Later the Security Council "
				+ "said it would meet again.");
		assertTrue(actor(d, "UN Security Council").isPresent(), d.actors().toString());
	}
}
