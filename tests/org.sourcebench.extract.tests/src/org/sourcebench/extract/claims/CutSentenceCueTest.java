package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.nlp.TextAnalyzer;

/**
 * A run without end marks longer than the analyzer's longest sentence (1,500 characters) is cut at white space. When
 * the cut fell right after a speech cue ("Venn said | ...", "said that | ...", "told reporters | ...") the claim
 * reader stepped over the space past the sentence's end, and when it fell between the speaker and the cue ("..., he
 * | said.") the claim was to end before the sentence began: both threw ("start > end") and lost the whole article
 * (found by EngineRobustnessTest on run-on sentences).
 */
class CutSentenceCueTest {

	private static final int CUT = 1_500;

	/** {@code BEFORE|AFTER}: a long made-up run, then BEFORE, and the cut, then AFTER. */
	@ParameterizedTest
	@ValueSource(strings = {"Arlo Venn said|and the talks went on in Veloria.",
		"Arlo Venn said that|the talks would go on.", "Arlo Venn told reporters|the talks would go on.",
		"she told reporters that|the talks would go on.", "the convoy stays there, he|said."})
	void aCutNextToACueGivesNoFaultyClaimAndDoesNotFail(String pair) {
		String before = pair.substring(0, pair.indexOf('|'));
		String after = pair.substring(pair.indexOf('|') + 1);
		StringBuilder b = new StringBuilder("Officials in Veloria said the convoy reached the river");
		while (b.length() + before.length() < CUT - 60) {
			b.append(" and the convoy reached the river");
		}
		// BEFORE ends two characters short of the longest sentence, so the first word of AFTER reaches over it and
		// the cut falls on the space between them
		b.append(" at kilometre ").append("1".repeat(CUT - 3 - before.length() - b.length())).append(' ')
				.append(before);
		int cut = b.length();
		b.append(' ').append(after);
		String body = b.toString();
		assertTrue(new TextAnalyzer().analyze(body).sentences().stream().anyMatch(s -> s.end() == cut),
				"the analyzer cuts the run at " + cut);
		DocumentExtraction d = extract(body);
		for (ExtractedClaim c : d.claims()) {
			assertEquals(body.substring(c.evidence().begin(), c.evidence().end()), c.evidence().text());
		}
	}
}
