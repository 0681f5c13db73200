package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * "It" as a speaker right after a sentence whose main-clause subject is another body, with no cue in between, is that
 * body, not the speaker the memory still holds (mechanism {@code claims.subject-shift}); a cue in that sentence keeps
 * the memory.
 */
class SubjectShiftTest {

	@Test
	void itAfterAnotherMinistryActedIsThatMinistry() {
		DocumentExtraction d = extract("The Cambodian Foreign Ministry said on Thursday that Thai troops had opened "
				+ "fire first. The Thai Foreign Ministry also issued a statement on Thursday. \"Cambodia must take "
				+ "responsibility for the attacks on our villages,\" it said.");
		assertEquals(List.of("Cambodian Foreign Ministry", "Thai Foreign Ministry"), speakers(d));
	}

	@Test
	void aCueInTheSentenceBeforeKeepsItsSpeaker() {
		DocumentExtraction d = extract("The Thai Foreign Ministry issued a statement on Thursday. The Cambodian army "
				+ "shelled the border posts, the ministry said. \"Cambodia must take responsibility for the attacks on "
				+ "our villages,\" it said.");
		assertEquals(List.of("Thai Foreign Ministry", "Thai Foreign Ministry"), speakers(d));
	}

	private static List<String> speakers(DocumentExtraction d) {
		return d.claims().stream().map(ExtractedClaim::speaker).toList();
	}
}
