package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * {@code claims.described-speakers}: a speaker named by a definite description is the actor named before it that the
 * description fits; sentences written for the test and read by the default engine with its parser.
 */
class DescribedSpeakerTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void theGovernmentIsTheStateTheStoryNames() {
		DocumentExtraction d = extract("Mali recalled its ambassador from Algeria on Sunday after a drone was shot down "
				+ "near the border. Mali's foreign minister met diplomats in Bamako on Monday. The government said it "
				+ "would file a complaint with the African Union.");
		assertEquals(List.of("it would file a complaint with the African Union"), textsOf(d, "Mali"),
				d.claims().toString());
	}

	@Test
	void theRebelForceIsTheArmedGroupNamedBefore() {
		DocumentExtraction d = extract("The Arakan Army seized two outposts near the coast on Friday. The rebel force "
				+ "said it had captured a number of weapons and ammunition.");
		assertEquals(List.of("it had captured a number of weapons and ammunition"), textsOf(d, "Arakan Army"),
				d.claims().toString());
	}
}
