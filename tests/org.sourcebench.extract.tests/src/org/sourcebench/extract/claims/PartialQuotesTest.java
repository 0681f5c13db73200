package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The partial quotations of the twenty-fourth session (helper quotes24, switch {@code claims.partial-quotes}), on
 * sentences written for the test and read by the default engine with its parser; each test fails with the switch off
 * ({@code -Dsourcebench.off=claims.partial-quotes}): no cue list holds "thank" or "threaten ... with", and without the
 * switch the quoted words are at most a part of a longer reported claim.
 */
class PartialQuotesTest {

	private static boolean has(DocumentExtraction d, String speaker, String text) {
		return d.claims().stream().anyMatch(c -> c.speaker().equals(speaker) && c.text().equals(text) && c.direct());
	}

	@Test
	void aQuotedObjectIsADirectClaimOfTheVerbsSubject() {
		DocumentExtraction d = extract("Somali President Hassan Sheikh Mohamud visited Cairo on Monday. He thanked "
				+ "Egypt for its \u201cunwavering support\u201d of Somalia.");
		assertTrue(has(d, "Hassan Sheikh Mohamud", "unwavering support"), d.claims().toString());
	}

	@Test
	void aQuotedModifierIsADirectClaimOfTheVerbsSubject() {
		DocumentExtraction d = extract("The Houthi group threatened Saudi Arabia with \u201cwider and larger\u201d "
				+ "attacks on Sunday.");
		assertTrue(has(d, "Houthis", "wider and larger"), d.claims().toString());
	}
}
