package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Defects fixed in the fifteenth session on issue 11 (a reading lost on the way), on sentences written for the test;
 * each assertion fails with its switch off.
 */
class BugFixes15Test {

	@Test
	void aCueThatReadNothingLeavesTheSentenceToTheTrailingCue() {
		// claims.emptyEarlierCue
		DocumentExtraction d = ExtractionFixture.extract("Anna Lind, the foreign minister of Sweden, spoke with Polish "
				+ "Foreign Minister Jan Nowak on Sunday. \"The talks were useful for both sides,\" the Polish foreign "
				+ "ministry said in a statement. Nowak informed his counterpart about steps taken by Poland to reduce "
				+ "the flow of trucks at the border, the ministry said.");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Polish Foreign Ministry")
				&& c.text().startsWith("Nowak informed his counterpart")), d.claims().toString());
	}
}
