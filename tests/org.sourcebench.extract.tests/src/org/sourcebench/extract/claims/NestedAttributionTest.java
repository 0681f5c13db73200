package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * claims.nested: a named outlet after "according to" in a sentence that has a speaker of its own speaks the same
 * claim (nested attribution at both levels); on sentences written for the test, failing with the mechanism off.
 */
class NestedAttributionTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void anOutletAfterAnotherSpeakersClaimSpeaksItToo() {
		DocumentExtraction d = extract("Finance Minister Karl Berglund said the border crossing would stay closed "
				+ "until the end of May, according to Reuters.");
		List<String> berglund = textsOf(d, "Karl Berglund");
		assertEquals(1, berglund.size(), d.claims().toString());
		assertEquals(berglund, textsOf(d, "Reuters"), d.claims().toString());
	}

	@Test
	void anOutletAfterModifiersOpensTheSentence() {
		DocumentExtraction d = extract("According to the state-run Anadolu Agency, Finance Minister Karl Berglund "
				+ "said the border crossing would stay closed until the end of May.");
		List<String> berglund = textsOf(d, "Karl Berglund");
		assertEquals(1, berglund.size(), d.claims().toString());
		assertEquals(berglund, textsOf(d, "Anadolu Agency"), d.claims().toString());
	}
}
