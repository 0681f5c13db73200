package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * The claim candidates beyond the cue lists of the twenty-third session (helper claimcue23, switch
 * {@code claims.learned-cues}, model {@code data/claim-cues23.tsv}), on sentences written for the test and read by the
 * default engine with its parser; the first test fails with the switch off ({@code -Dsourcebench.off=claims.learned-cues}):
 * "blame" is in no cue list, and no other reader makes a claim of its "for" complement.
 */
class LearnedCuesTest {

	private static final String BLAME = "Ukrainian President Volodymyr Zelensky visited Kharkiv on Monday. He blamed "
			+ "Russia for the missile strike on the children's hospital in the city.";

	@Test
	void theComplementOfAVerbInNoCueListIsKeptByTheModel() {
		DocumentExtraction d = extract(BLAME);
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Volodymyr Zelensky")
				&& c.text().equals("the missile strike on the children's hospital in the city")
				&& c.confidence() == LearnedCues.CONFIDENCE), d.claims().toString());
	}

	@Test
	void theDumpListsTheCandidatesWithTheirConstructionAndSpeaker() {
		List<LearnedRoots.Candidate> rows = new ArrayList<>();
		LearnedCues.dumpTo(rows::add);
		try {
			extract(BLAME);
		} finally {
			LearnedCues.dumpTo(null);
		}
		assertTrue(rows.stream().anyMatch(c -> c.from().equals("Volodymyr Zelensky") && c.features().contains("k=v-for")
				&& c.features().contains("l=blame")), rows.toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() {
		LinearModel m = LearnedRoots.read(LearnedCues.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedClaims.CLAIM));
		assertTrue(List.of(m.outcomes()).contains(LearnedClaims.NONE));
	}
}
