package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The speaker mechanisms of the eighteenth session (helper claims18), on sentences written for the test and read by
 * the default engine with its parser; each test fails with its switch off ({@code -Dsourcebench.off=...}).
 */
class Claims18Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aDateBetweenSubjectAndCueLeavesTheSubject() {
		// claims.adjunct-subject: "Algeria's Defence Ministry on April 1 said" (the parser hangs "said" elsewhere)
		DocumentExtraction d = extract("Algeria's Defence Ministry said on Monday the army had shot down an armed "
				+ "drone. Algeria's Defence Ministry on April 1 said the army had shot down a second drone.");
		assertTrue(textsOf(d, "Algerian Defense Ministry").contains("the army had shot down a second drone"),
				d.claims().toString());
	}

	@Test
	void aStatementAdjunctBetweenSubjectAndCueLeavesTheSubject() {
		// claims.adjunct-subject: "The Chinese Coast Guard in a website posting said"
		DocumentExtraction d = extract("Rwanda sent troops in July. The Chinese Coast Guard in a website posting said "
				+ "the Philippine boats had entered the shoal illegally.");
		assertEquals(List.of("the Philippine boats had entered the shoal illegally"),
				textsOf(d, "Chinese Coast Guard"), d.claims().toString());
	}
}
