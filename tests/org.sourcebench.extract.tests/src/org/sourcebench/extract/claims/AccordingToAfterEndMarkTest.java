package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebench.extract.DocumentExtraction;

/**
 * "According to X, ..." opening a sentence after an end mark other than a full stop ("terror!", "speak?", a closing
 * quotation mark or bracket): the reader took it for an "according to" after the claim, looked for the claim before
 * the cue in a sentence that has nothing before it, and threw ("start > end"), losing the whole article (found by
 * EngineRobustnessTest on paragraphs joined into one line). The claim is what follows the comma, as after a full stop.
 */
class AccordingToAfterEndMarkTest {

	@ParameterizedTest
	@ValueSource(strings = {"Minister Arlo Venn spoke of \u201cterror.\u201d According to the minister, the talks failed.",
		"Minister Arlo Venn spoke of terror! According to the minister, the talks failed.",
		"Did Minister Arlo Venn speak? According to the minister, the talks failed.",
		"Minister Arlo Venn spoke (of terror.) According to the minister, the talks failed."})
	void theClaimFollowsTheComma(String body) {
		DocumentExtraction d = extract(body);
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Arlo Venn") && c.text().equals("the talks failed")),
				d.claims().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = {"Minister Arlo Venn spoke of terror.\u201d According to the minister,",
		"Minister Arlo Venn spoke of terror! According to the minister, "})
	void nothingAfterTheCommaIsNoClaim(String body) {
		assertTrue(extract(body).claims().isEmpty());
	}
}
