package org.sourcebench.extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bodies the gold annotations index into, as {@link TestResources#body(String)} gives them. */
class EvaluationArticlesTest {

	@Test
	void theScrapedSeedLosesHeaderRepeatedTitleAndComment() {
		String body = TestResources.body(TestResources.SEED);
		assertTrue(body.startsWith("In an interview with the US filmmaker Oliver Stone"));
		assertTrue(body.endsWith("which wasn’t approved by the Syrian government."));
	}

	@Test
	void aPlainArticleLosesItsTitleLine() {
		String body = TestResources.body("101_tasnim_astana");
		assertTrue(body.startsWith("TEHRAN (Tasnim)"), body.substring(0, 40));
		assertFalse(body.contains("Zarif: Astana Talks Only Path to Syria Peace"));
	}
}
