package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The thirteenth session's claim mechanisms ({@code claims.negated-cue}, {@code claims.report-sources}), on
 * sentences written for the test and read by the default engine with its parser.
 */
class Claims13Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aNegatedCueStatesNothing() {
		// claims.negated-cue: "did not say when ..." reports that nothing was said
		DocumentExtraction d = extract("Syldavian Interior Minister Ivan Petrov said on Monday that the border with "
				+ "Borduria would stay closed for a week. He did not say when the crossings would reopen.");
		assertEquals(List.of("the border with Borduria would stay closed for a week"), textsOf(d, "Ivan Petrov"),
				d.claims().toString());
	}

	@Test
	void reportsAreAnUnnamedSource() {
		// claims.report-sources: "according to reports", "reports indicate that"
		DocumentExtraction d = extract("Syldavian Interior Minister Ivan Petrov said on Monday that the border with "
				+ "Borduria would stay closed for a week. According to reports, the rebels crossed the river at night. "
				+ "Reports indicate that the attackers used boats.");
		assertEquals(List.of("the rebels crossed the river at night", "the attackers used boats"),
				textsOf(d, "unnamed reports"), d.claims().toString());
	}
}
