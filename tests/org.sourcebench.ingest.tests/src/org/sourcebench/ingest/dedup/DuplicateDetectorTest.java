package org.sourcebench.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcebench.test.support.TestArticles;

class DuplicateDetectorTest {

	private static String body(String name) {
		String text = TestArticles.text(name).replace("\r\n", "\n");
		return text.substring(text.indexOf("\n\n") + 2);
	}

	@Test
	void bodiesThatDifferOnlyInWhiteSpaceAreExactDuplicates() {
		DuplicateDetector detector = new DuplicateDetector();
		detector.register("first", "Russia and Turkey agreed.\nTalks resume in July.");

		DuplicateVerdict verdict = detector.check("  Russia and  Turkey agreed. Talks resume\tin July.\n");

		assertEquals(DuplicateVerdict.Kind.EXACT, verdict.kind());
		assertEquals("first", verdict.originalKey());
	}

	@Test
	void aLightlyEditedReprintIsANearDuplicateOfTheOriginal() {
		DuplicateDetector detector = new DuplicateDetector();
		detector.register("original", body("dedup/a-original.txt"));
		detector.register("other", body("dedup/d-other-story.txt"));

		DuplicateVerdict verdict = detector.check(body("dedup/c-reprint.txt"));

		assertEquals(DuplicateVerdict.Kind.NEAR, verdict.kind());
		assertEquals("original", verdict.originalKey());
	}

	@Test
	void differentStoriesOnTheSameEventAreUnique() {
		double similarity = DuplicateDetector.similarity(body("dedup/a-original.txt"), body("dedup/d-other-story.txt"));

		assertTrue(similarity < 0.1, "similarity " + similarity);
		DuplicateDetector detector = new DuplicateDetector();
		detector.register("original", body("dedup/a-original.txt"));
		assertEquals(DuplicateVerdict.Kind.UNIQUE, detector.check(body("dedup/d-other-story.txt")).kind());
	}

	@Test
	void theThresholdMustBeAShare() {
		assertThrows(IllegalArgumentException.class, () -> new DuplicateDetector(0));
		assertThrows(IllegalArgumentException.class, () -> new DuplicateDetector(1.5));
	}
}
