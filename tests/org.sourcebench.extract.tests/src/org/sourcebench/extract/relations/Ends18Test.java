package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The eighteenth session's pronoun ends, on sentences made up for the test; the test fails with its switch off: a
 * body's "we" in its own quotation is the body, not its country ({@link PronounEnds}, {@code ends.we-body}).
 */
class Ends18Test {

	@Test
	void aBodysWeIsTheBodyItself() {
		DocumentExtraction d = ExtractionFixture.extract("North Korea fired a ballistic missile into the sea on Friday, "
				+ "and South Korea and Japan held emergency talks. \"We strongly condemn North Korea's missile launch as a clear provocation,\" "
				+ "South Korea's military said in a statement.");
		assertTrue(hasRelation(d, "South Korean military", "North Korea", "11"), d.relationships().toString());
		assertFalse(hasRelation(d, "South Korea", "North Korea", "11"), d.relationships().toString());
	}
}
