package org.sourcebench.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.RelationshipStatus;

class RatingCellsTest {

	@Test
	void everyChoiceReadsBackAsItsValue() {
		for (AdmiraltyReliability reliability : AdmiraltyReliability.VALUES) {
			assertEquals(reliability, RatingCells.parseReliability(RatingCells.text(reliability)));
		}
		for (ClaimCredibility credibility : ClaimCredibility.VALUES) {
			assertEquals(credibility, RatingCells.parseCredibility(RatingCells.text(credibility)));
		}
		for (RelationshipStatus status : RelationshipStatus.VALUES) {
			assertEquals(status, RatingCells.parseStatus(RatingCells.text(status)));
		}
	}

	@Test
	void analystsMayTypeJustTheCode() {
		assertEquals(AdmiraltyReliability.C, RatingCells.parseReliability(" c "));
		assertEquals(AdmiraltyReliability.A, RatingCells.parseReliability("A – reworded meaning"));
		assertEquals(ClaimCredibility.IMPROBABLE, RatingCells.parseCredibility("5"));
		assertEquals(RelationshipStatus.REJECTED, RatingCells.parseStatus("rejected"));
		assertEquals(RelationshipStatus.CONFIRMED, RatingCells.parseStatus("CONFIRMED"));
	}

	@Test
	void anythingElseIsNotARating() {
		assertNull(RatingCells.parseReliability("Fairly"));
		assertNull(RatingCells.parseReliability("G"));
		assertNull(RatingCells.parseReliability(""));
		assertNull(RatingCells.parseCredibility("7"));
		assertNull(RatingCells.parseCredibility("B"));
		assertNull(RatingCells.parseCredibility("12"));
		assertNull(RatingCells.parseStatus("maybe"));
		assertNull(RatingCells.parseStatus(null));
	}
}
