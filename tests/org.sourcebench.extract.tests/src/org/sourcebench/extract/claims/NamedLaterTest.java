package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The eleventh session's claim mechanism {@code claims.named-later}, on sentences written for the test and read by
 * the default engine with its parser.
 */
class NamedLaterTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void anUnnamedRoleTheNextSentenceNamesIsThatPerson() {
		// claims.named-later: "a rebel spokesman said", then "Spokesman Ivan Petrov said"
		DocumentExtraction d = extract("On Tuesday Syldavian rebel negotiators began a new round of talks with Bordurian "
				+ "officers over a peace deal, a rebel spokesman said. Spokesman Ivan Petrov said the rebels had brought "
				+ "a list of demands.");
		assertEquals(List.of(
				"On Tuesday Syldavian rebel negotiators began a new round of talks with Bordurian officers over a peace deal",
				"the rebels had brought a list of demands"), textsOf(d, "Ivan Petrov"), d.claims().toString());
	}
}
