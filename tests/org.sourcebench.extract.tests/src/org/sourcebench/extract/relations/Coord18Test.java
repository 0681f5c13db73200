package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The eighteenth session's sides of coordinated and reciprocal events, on sentences made up for the test; each test
 * fails with its switch off: "X and Y accused each other" relates X and Y both ways ({@link ReciprocalSides},
 * {@code relations.reciprocal-objects}); a titled person's name after "and" is the conjunct of the first side
 * ({@code repair.conjunctName}, in the parse repairs).
 */
class Coord18Test {

	@Test
	void eachOtherRelatesTheSubjectsBothWays() {
		DocumentExtraction d = ExtractionFixture.extract("Chile and Bolivia regularly accuse each other of violating "
				+ "the border agreement.");
		assertTrue(hasRelation(d, "Chile", "Bolivia", "11"), d.relationships().toString());
		assertTrue(hasRelation(d, "Bolivia", "Chile", "11"), d.relationships().toString());
	}

	@Test
	void aTitledNameAfterAndIsTheSecondSide() {
		DocumentExtraction d = ExtractionFixture.extract("The talks followed a summit between Gabriel Boric and "
				+ "North Korean leader Kim Jong Un in Pyongyang.");
		assertTrue(hasRelation(d, "Gabriel Boric", "Kim Jong Un", "04"), d.relationships().toString());
	}
}
