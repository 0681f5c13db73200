package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The thirteenth session's claim mechanisms ({@code claims.negated-cue}, {@code claims.passive-cue},
 * {@code claims.report-sources}, {@code claims.but-that}, {@code claims.contentless-object}), on sentences written
 * for the test and read by the default engine with its parser.
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
	void thePassiveSubjectOfACueIsNoSpeaker() {
		// claims.passive-cue: "X is accused of ..." is said about X, not by X
		DocumentExtraction d = extract("Syldavian Interior Minister Ivan Petrov said on Monday that the border with "
				+ "Borduria would stay closed for a week. The Bordurian Liberation Front is accused of attacking two "
				+ "police posts near the border.");
		assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("police posts")), d.claims().toString());
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

	@Test
	void butThatOpensASecondProposition() {
		// claims.but-that: "said A, but that B" are two claims, as "said A and that B"
		DocumentExtraction d = extract("Syldavian Interior Minister Ivan Petrov said the government had tried to reach "
				+ "the rebels, but that the front did not answer its calls.");
		assertEquals(List.of("the government had tried to reach the rebels", "the front did not answer its calls"),
				textsOf(d, "Ivan Petrov"), d.claims().toString());
	}

	@Test
	void denyingABareAccusationStatesNothing() {
		// claims.contentless-object: "denied the accusations" refers to another's claim; "denied any role" stays
		DocumentExtraction d = extract("Syldavia accused the Bordurian Liberation Front of attacking two police posts. "
				+ "Front commander Ivan Petrov denied the accusations. His deputy Anna Kovac denied any role in the "
				+ "attacks.");
		assertEquals(List.of(), textsOf(d, "Ivan Petrov"), d.claims().toString());
		assertEquals(List.of("any role in the attacks"), textsOf(d, "Anna Kovac"), d.claims().toString());
	}
}
