package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;

/**
 * {@code actors.qualified-aliases} ({@link ActorExtractor}, {@link DictionaryActorFinder}): "Security Council", the
 * short alias of the UN Security Council in the lexicon and the field's dictionary, is another body's name when the
 * text qualifies it — inside an institution's longer name ("the National Security Council", a state's) or owned by a
 * country ("Russia's Security Council"). Sentences written for the test; the first test fails with the switch off
 * (both councils are then read as the UN Security Council); the UN body named as such, or bare, stays the UN's.
 */
class QualifiedAliasesTest {

	@Test
	void aNationalOrACountrysSecurityCouncilIsNoUnSecurityCouncil() {
		DocumentExtraction d = extract("Seoul, July 12\n\nSouth Korean President Yoon Suk Yeol chaired an emergency "
				+ "meeting of the National Security Council after North Korea launched a missile. Russia's Security "
				+ "Council met on Friday.");
		assertTrue(actor(d, "UN Security Council").isEmpty(), d.actors().toString());
		assertTrue(actor(d, "National Security Council").isPresent(), d.actors().toString());
	}

	@Test
	void theUnSecurityCouncilNamedOrBareStaysTheUns() {
		DocumentExtraction d = extract("The UN Security Council met on Monday. Later the Security Council said it would "
				+ "meet again.");
		ExtractedActor un = actor(d, "UN Security Council").orElseThrow(() -> new AssertionError(d.actors()));
		assertEquals(2, un.mentions().size(), d.actors().toString());
		assertEquals(List.of(), d.actors().stream().filter(a -> a != un && a.name().contains("Council")).toList());
	}
}
