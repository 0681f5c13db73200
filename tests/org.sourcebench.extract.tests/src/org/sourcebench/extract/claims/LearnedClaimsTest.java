package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * The learned claim detector ({@link LearnedClaims}, switch {@code claims.learned-detect}): an averaged perceptron
 * trained on the development gold keeps a claim verb's complement that no rule reader made a claim of. The first
 * two tests, on sentences made up for them, fail with the switch off ({@code -Dsourcebench.off=claims.learned-detect});
 * the others check the model format and the decision.
 */
class LearnedClaimsTest {

	@Test
	void aClarifiedClauseWithAPronounSubjectIsKeptByTheModel() {
		DocumentExtraction d = extract("Sudanese army chief Abdel Fattah al-Burhan addressed the troops on Monday. He "
				+ "clarified that the ceasefire would depend on the withdrawal of the militia.");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Abdel Fattah al-Burhan")
				&& c.text().equals("the ceasefire would depend on the withdrawal of the militia")
				&& c.confidence() == LearnedClaims.CONFIDENCE), d.claims().toString());
	}

	@Test
	void aCitedObjectIsKeptByTheModel() {
		DocumentExtraction d = extract("Ethiopian Prime Minister Abiy Ahmed spoke to parliament. He cited Eritrea's "
				+ "support for the rebels in the north.");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Abiy Ahmed")
				&& c.text().equals("Eritrea's support for the rebels in the north")), d.claims().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() {
		LinearModel m = LearnedRoots.read(LearnedClaims.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedClaims.CLAIM));
		assertTrue(List.of(m.outcomes()).contains(LearnedClaims.NONE));
	}

	@Test
	void theBestCandidateIsKeptAndOverlapsAreNot() throws Exception {
		LinearModel m = LearnedRoots.parse(new BufferedReader(new StringReader("# made by hand\n"
				+ "bias\tnone=1.0\tclaim=-1.0\n" + "l=say\tclaim=3.0\n" + "l=insist\tclaim=4.0\n")));
		List<LearnedRoots.Candidate> cands = List.of(
				new LearnedRoots.Candidate("Russia", "claim", 0, 20, List.of("bias", "l=say")),
				new LearnedRoots.Candidate("Russia", "claim", 10, 30, List.of("bias", "l=insist")),
				new LearnedRoots.Candidate("France", "claim", 40, 50, List.of("bias")));
		List<LearnedRoots.Candidate> kept = LearnedClaims.decide(m, cands, 0f);
		assertEquals(1, kept.size(), kept.toString()); // 4 - 1 beats 3 - 1 where they overlap; "bias" alone leads none
		assertEquals(10, kept.get(0).begin());
		assertTrue(LearnedClaims.decide(m, cands, 3f).isEmpty());
		assertEquals(2, LearnedClaims.decide(m, cands.subList(0, 1), 0f).size()
				+ LearnedClaims.decide(m, cands.subList(1, 2), 0f).size());
	}
}
