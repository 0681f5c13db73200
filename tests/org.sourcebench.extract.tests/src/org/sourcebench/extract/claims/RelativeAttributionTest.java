package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * "According to which": the relative pronoun heads the attribution phrase and there is no speech verb; the speaker
 * reader once asked for the verb's head and threw, losing the whole article (found on held-out batch 22).
 */
class RelativeAttributionTest {

	@Test
	void aRelativePronounAfterAccordingToNamesNoSpeakerAndDoesNotFail() {
		DocumentExtraction d = extract("Armenia and Iran signed an agreement in March, according to which \"a "
				+ "permanent base of the Iranian navy will appear in the port in the near future\", the Armenian "
				+ "leader said.");
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Armenia")), d.actors().toString());
		assertTrue(d.claims().stream().noneMatch(c -> c.speaker().equals("which")), d.claims().toString());
	}
}
