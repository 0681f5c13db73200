package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Whole-article failures found by the twenty-second session's random-offset mutation sweep
 * ({@link org.sourcebench.extract.eval.RandomMutations}), on the sweep's shortened trigger; each fails without its fix.
 */
class BugFixes22Test {

	@Test
	void emptyBracketsInsideAWordEndTheParse() {
		// StrandedWords: the walk over "(" ")" before a stranded word came back to "(" for ever (a hang, which no
		// stage isolation catches: the import job and the Spark job have no time limit)
		DocumentExtraction d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ExtractionFixture.extract(
				"Centcom released updated figures saying t()he \"following further engagements through the morning\" "
						+ "drones in the Red Sea."));
		assertTrue(d.complete(), d.warnings().toString());
	}
}
