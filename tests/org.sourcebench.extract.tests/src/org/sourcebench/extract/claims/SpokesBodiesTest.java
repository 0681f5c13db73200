package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * An unnamed spokesperson speaks for the body its description names, and a bare "the spokesman" for the body of the
 * last spokesperson description before it (mechanism {@code claims.spokes-body}, DECISIONS.md A2); on sentences
 * written for this test (none taken from an annotated article). Fails with the mechanism switched off.
 */
class SpokesBodiesTest {

	@Test
	void anUnnamedSpokespersonSpeaksForTheBody() {
		DocumentExtraction d = extract("Rebels fired two missiles at a cargo ship in the Red Sea on Monday. "
				+ "A spokesperson for the Pentagon said the attack endangered shipping in the region. "
				+ "\"We are deeply concerned about the safety of the crews,\" the spokesman added.");
		assertEquals("Pentagon", claimStarting(d, "the attack endangered").speaker());
		assertEquals("Pentagon", claimStarting(d, "We are deeply concerned").speaker(), "the spokesman");
		assertTrue(d.actors().stream().noneMatch(a -> a.name().startsWith("unnamed")), "no unnamed spokesperson actor");
	}

	private static ExtractedClaim claimStarting(DocumentExtraction d, String start) {
		return d.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no claim starting '" + start + "' in " + d.claims()));
	}
}
