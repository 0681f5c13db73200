package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The fifteenth session's claim boundary {@code claims.complement-after} (revived in the sixteenth), on
 * sentences written for the test and read by the default engine with its parser.
 */
class Claims15Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aComplementAfterTheCueWinsOverTheOpening() {
		// claims.complement-after: the clause after "claimed" is the claim, not the opening before the subject
		DocumentExtraction d = extract("Syldavian Foreign Minister Anton Novak spoke to the press on Monday. "
				+ "Appearing on \"Morning Hour,\" Novak claimed the rebels had received weapons from Borduria.");
		assertEquals(List.of("the rebels had received weapons from Borduria"), textsOf(d, "Anton Novak"),
				d.claims().toString());
	}
}
