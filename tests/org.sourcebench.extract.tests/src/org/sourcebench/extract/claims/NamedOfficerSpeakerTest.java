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

	@Test
	void aNameUnderTheTitleOfAnOfficerSpeaksNotTheBody() {
		// claims.flat-name: the parser heads "FO Spokesman Dr Daniel Otieno" by "FO" and "KDF Colonel Peter Njiru" by
		// "KDF", the names flat under them
		DocumentExtraction d = extract("Border talks stall\n\nThe Kenyan Foreign Office (FO) summoned the Ugandan envoy "
				+ "on Monday. Speaking at the weekly media briefing, FO Spokesman Dr Daniel Otieno said: \u201cWe hope "
				+ "that the rebels would grab the opportunity for talks.\u201d\n\nThe Kenya Defence Forces (KDF) sent "
				+ "troops to the border. \"We seized a lot of guns and other equipment from the rebels,\" KDF Colonel "
				+ "Peter Njiru told AFP.\n");
		assertEquals(List.of("We hope that the rebels would grab the opportunity for talks."),
				textsOf(d, "Daniel Otieno"), d.claims().toString());
		assertEquals(List.of("We seized a lot of guns and other equipment from the rebels"), textsOf(d, "Peter Njiru"),
				d.claims().toString());
		assertEquals(List.of(), textsOf(d, "Kenyan Foreign Office"), d.claims().toString());
		assertEquals(List.of(), textsOf(d, "Kenya Defence Forces"), d.claims().toString());
	}
}
