package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/**
 * Whole-article failures fixed in the twenty-first session on issue 11 (an exception in one reading lost every actor,
 * claim and relation of the article), on sentences written for the test; each fails without its fix.
 */
class BugFixes21Test {

	@Test
	void aBracketedAcronymOpeningTheBodyBeforeACueIsNoSpeakerFault() {
		// SpeakerFinder: " (KCNA) said …" at the very start left the subject's end at 0 and the aside check read before it
		assertDoesNotThrow(() -> ExtractionFixture.extract(" (KCNA) said the launch was a warning."));
	}
}
