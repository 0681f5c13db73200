package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Unnamed plural speakers (twenty-ninth session, helper claims29), on sentences written for the test. Switch
 * {@code claims.plural-speakers}: the plural common noun subject of a speech verb that names no actor ("Critics say",
 * "Local prosecutors said") is an unnamed speaker of its own, so its statement is read; a group subject ("both
 * sides said") still speaks for the actors listed before it. The first test fails with the switch off
 * ({@code -Dsourcebench.off=claims.plural-speakers}): the engine then finds no speaker and reads no claim.
 */
class PluralSpeakersTest {

	@Test
	void aPluralDescriptionSpeaksForItself() {
		DocumentExtraction d = extract("The government approved the new dam on Monday. Critics say the project will "
				+ "flood hundreds of villages. Local prosecutors said that the contracts had been rigged.");
		assertTrue(hasClaim(d, "unnamed Critics", "the project will flood hundreds of villages"),
				d.claims().toString());
		assertTrue(hasClaim(d, "unnamed Local prosecutors", "the contracts had been rigged"), d.claims().toString());
	}

	@Test
	void aGroupSubjectIsNoPluralSpeaker() {
		DocumentExtraction d = extract("Thailand and Cambodia met in Kuala Lumpur on Monday. Both sides said there "
				+ "had been no breakthrough.");
		assertFalse(d.actors().stream().anyMatch(a -> a.name().equals("unnamed sides")), d.actors().toString());
	}
}
