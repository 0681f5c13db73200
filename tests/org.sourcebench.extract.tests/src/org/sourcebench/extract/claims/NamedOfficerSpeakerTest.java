package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The twelfth session's speaker mechanisms {@code claims.split-subject} and {@code claims.flat-name}: a named
 * officer speaks, not the state or body in the title before the name (DECISIONS A2). Sentences written for the test,
 * read by the default engine with its parser.
 */
class NamedOfficerSpeakerTest {

	private static final String TEXT = "Border talks stall\n\nKenyan President Daniel Otieno met Ugandan officials in "
			+ "Nairobi on Monday. Uganda's president Peter Okello responded, saying the border would stay closed.\n\n"
			+ "Kenya's Otieno condemned the decision as \"reckless\" and said it was a threat to regional trade. UPDF "
			+ "official Major General Moses Kato denied reports of an attack on the border post.\n";

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void theNameNearestTheVerbHeadsASubjectTheParserSplit() {
		// claims.split-subject: the parser makes both "UPDF" and "Kato" subjects of "denied"
		DocumentExtraction d = extract(TEXT);
		assertEquals(List.of("reports of an attack on the border post"), textsOf(d, "Moses Kato"), d.claims().toString());
		assertEquals(List.of(), textsOf(d, "UPDF"), d.claims().toString());
	}
}
