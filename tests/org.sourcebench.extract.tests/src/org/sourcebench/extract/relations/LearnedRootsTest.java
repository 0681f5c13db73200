package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * The learned proposer ({@link LearnedRoots}, switch {@code relations.learned-roots}): an averaged perceptron trained
 * on dev gold (study + select + check) proposes a relation for an actor pair one sentence names when no rule reader related it. The
 * first test, on a sentence made up for it, fails with the switch off
 * ({@code -Dsourcebench.off=relations.learned-roots}); the second fails with the country-adjective ends off
 * ({@code -Dsourcebench.off=relations.learned-adjective-ends}); the others check the model format and the decision.
 */
class LearnedRootsTest {

	@Test
	void aPairTheRulesLeaveIsProposedByTheModel() {
		// no rule reads closing a border on a sanctioned neighbour; the model proposes the reduced relations (16)
		DocumentExtraction d = extract("Under sanctions imposed on Mali after the coup, Senegal closed the border.");
		assertTrue(d.relationships().stream().anyMatch(r -> r.from().equals("Senegal") && r.to().equals("Mali")
				&& r.root().equals("16") && r.confidence() == 0.25), d.relationships().toString());
	}

	@Test
	void aCountryNamedByItsAdjectiveIsAnEnd() {
		// "Israeli" is no mention of Israel: only the adjective ends (relations.learned-adjective-ends) make the pair
		// Lebanon-Israel a candidate of the sentence, and the model proposes the disapproval (11); with
		// relations.adjective-authors on, the parse reader enters the pair first (the condemned act's country)
		DocumentExtraction d = extract("Lebanon condemned an Israeli airstrike on a Lebanese army post in the south. "
				+ "Israel said the strike targeted Hezbollah.");
		boolean read = Mechanisms.on(AdjectiveAuthors.NAME);
		assertTrue(d.relationships().stream().anyMatch(r -> r.from().equals("Lebanon") && r.to().equals("Israel")
				&& r.root().equals("11") && (read || r.confidence() == 0.25)), d.relationships().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() {
		LinearModel m = LearnedRoots.read(LearnedRoots.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedRoots.NONE));
		assertTrue(List.of(m.outcomes()).contains("19"));
	}

	@Test
	void theBestRootOverNoneIsProposedOncePerPair() throws Exception {
		LinearModel m = LearnedRoots.parse(new BufferedReader(new StringReader("# made by hand\n"
				+ "bias\tnone=1.0\t19=0.5\n" + "p=shell\t19=2.0\t04=0.5\n" + "p=meet\t04=3.0\n")));
		List<LearnedRoots.Candidate> cands = List.of(
				new LearnedRoots.Candidate("Russia", "Ukraine", 0, 10, List.of("bias", "p=shell", "pd=19")),
				new LearnedRoots.Candidate("Russia", "Ukraine", 20, 30, List.of("bias", "p=meet", "pd=04")),
				new LearnedRoots.Candidate("Russia", "France", 40, 50, List.of("bias", "p=meet")));
		List<ExtractedRelationship> out = LearnedRoots.propose(m, cands, 0f, null);
		assertEquals(1, out.size(), out.toString());
		assertEquals("04", out.get(0).cameoCode()); // 3.0 - 1.0 beats 2.5 - 1.0
		assertEquals(20, out.get(0).evidence().begin());
		assertTrue(LearnedRoots.propose(m, cands, 3f, null).isEmpty());
		// a root no word or neighbour of the pair gives is not proposed (Russia-France: 04 without a 04 word)
		assertTrue(out.stream().noneMatch(r -> r.to().equals("France")), out.toString());
	}

	@Test
	void rulesRelationsAreKept() {
		DocumentExtraction d = extract("Russia said it had struck Ukraine's energy facilities overnight.");
		assertTrue(hasRelation(d, "Russia", "Ukraine", "19"), d.relationships().toString());
	}
}
