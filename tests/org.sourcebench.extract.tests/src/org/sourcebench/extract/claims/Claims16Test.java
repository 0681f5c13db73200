package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The claim mechanisms of the sixteenth session (helper claims16), on sentences written for the test and read by the
 * default engine with its parser; each test fails with its switch off ({@code -Dsourcebench.off=...}).
 */
class Claims16Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aQuotationLeftOpenAtAParagraphsEndClosesThere() {
		// claims.paragraph-quotes: a multi-paragraph quotation leaves its first paragraph without a closing mark
		DocumentExtraction d = extract("\"The bridge will reopen next week,\" said Maria Lindqvist, a council engineer "
				+ "who has overseen the repairs since the spring floods.\n\"We will keep one lane open for buses at "
				+ "all times.\n\"Traffic will be limited to light vehicles for a month.\"");
		List<String> texts = textsOf(d, "Maria Lindqvist");
		assertTrue(texts.contains("We will keep one lane open for buses at all times."), d.claims().toString());
	}

	@Test
	void theStatementIsItsIssuers() {
		// claims.statement-issuers: "X issued a statement ... the statement said" is X's, not the last body's
		DocumentExtraction d = extract("The Egyptian Foreign Ministry said the crossing would stay closed. Hamas "
				+ "issued a statement on Monday about the raid. \"We will respond to every attack on our people,\" the "
				+ "statement said.");
		assertEquals(List.of("We will respond to every attack on our people"), textsOf(d, "Hamas"),
				d.claims().toString());
	}

	@Test
	void aJointStatementIsEachIssuers() {
		// claims.statement-issuers: "In a joint statement, A and B ..." then "according to the statement, ..."
		DocumentExtraction d = extract("Steve Witkoff said the proposal was still on the table. In a joint statement, "
				+ "Egypt and Qatar reaffirmed their commitment to the talks. According to the statement, the truce would "
				+ "allow aid convoys to enter the territory.");
		String truce = "the truce would allow aid convoys to enter the territory";
		assertTrue(textsOf(d, "Egypt").contains(truce), d.claims().toString());
		assertTrue(textsOf(d, "Qatar").contains(truce), d.claims().toString());
	}

	@Test
	void aBareSayingParticipleSharesTheMainVerbsSubject() {
		// claims.bare-saying: "hit back saying ..." with no comma before the participle
		DocumentExtraction d = extract("The Chinese coast guard blamed the Philippines for the collision. The "
				+ "Philippines hit back saying the collision was the result of reckless manoeuvres by Chinese ships.");
		assertEquals(List.of("the collision was the result of reckless manoeuvres by Chinese ships"),
				textsOf(d, "Philippines"), d.claims().toString());
	}
}
