package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * An unnamed official described by a nationality or by "in" a capital speaks for that state (mechanism
 * {@code claims.national-officials}, DECISIONS.md A1); an official with another describing word stays unnamed. On
 * sentences written for this test (none taken from an annotated article). Fails with the mechanism switched off.
 */
class NationalOfficialsTest {

	@Test
	void aNationalOfficialIsTheState() {
		DocumentExtraction d = extract("Israel and Egypt held talks in Cairo on Monday. An Israeli official said the "
				+ "proposal could not be accepted. Officials in Cairo said the talks would resume next week.");
		assertEquals("Israel", claimStarting(d, "the proposal could not").speaker());
		assertEquals("Egypt", claimStarting(d, "the talks would resume").speaker(), "officials in the capital");
	}

	private static ExtractedClaim claimStarting(DocumentExtraction d, String start) {
		return d.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no claim starting '" + start + "' in " + d.claims()));
	}
}
