package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The claim bound mechanisms of the twentieth session (helper spans20), on sentences written for the test and read
 * by the default engine with its parser; each test fails with its switch off ({@code -Dsourcebench.off=...}).
 */
class Claims20Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aQuotedLabelInsideAReportedClaimIsAClaimOfItsOwn() {
		// claims.nested-labels: the participle's quoted label inside the speaker's reported clause
		DocumentExtraction d = extract("Kenyan President William Ruto said the mission was improving security in "
				+ "Haiti, calling the fight against the gangs \"a battle we will win\".");
		assertTrue(textsOf(d, "William Ruto").contains("a battle we will win"), d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.text().equals("a battle we will win") && c.direct()),
				d.claims().toString());
	}

	@Test
	void aParticipleCueAfterAClosingQuoteEndsTheQuotation() {
		// claims.participle-after-quote: ",” noting that ...": the comma stands inside the closing mark
		DocumentExtraction d = extract("The Polisario Front said, \"Our fighters shelled several enemy positions "
				+ "along the wall,\" noting that the attacks were a response to the army's operation in the buffer zone.");
		assertEquals(List.of("Our fighters shelled several enemy positions along the wall",
				"the attacks were a response to the army's operation in the buffer zone"),
				textsOf(d, "Polisario Front"), d.claims().toString());
	}

	@Test
	void aParticiplePhraseCueOpensASecondProposition() {
		// claims.phrase-participle: "pointing out that" is a participle cue like "noting that"
		DocumentExtraction d = extract("Libyan commander Osama al-Juwaili said that war remained a valid option, "
				+ "pointing out that much depended on the results of the meeting with the militia leaders.");
		assertEquals(List.of("war remained a valid option",
				"much depended on the results of the meeting with the militia leaders"),
				textsOf(d, "Osama al-Juwaili"), d.claims().toString());
	}
}
