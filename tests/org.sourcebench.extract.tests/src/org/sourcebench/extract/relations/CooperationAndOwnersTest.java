package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The twelfth session's relation rules revived in the thirteenth and again in the sixteenth session
 * ({@code relations.truce-agreed}, {@code relations.object-owner}), on sentences written for the test and read by the
 * default engine with its parser; each assertion fails with its mechanism switched off.
 */
class CooperationAndOwnersTest {

	@Test
	void aTruceBothPartiesSignIsAnAgreementToCeaseFire() {
		// relations.truce-agreed: the accord noun's content is a truce, both parties read both ways: 08, not 05
		DocumentExtraction d = extract("The Sudanese army and the Rapid Support Forces signed a truce agreement in "
				+ "Jeddah on Saturday.");
		assertTrue(hasRelation(d, "Sudanese military", "Rapid Support Forces", "08"), d.relationships().toString());
		assertFalse(hasRelation(d, "Sudanese military", "Rapid Support Forces", "05"), d.relationships().toString());
	}

	@Test
	void aCriticismOfWhatItDescribesAsAnotherSidesPlanIsAimedAtThatSide() {
		// relations.object-owner: the free relative "what it described as X's plan" stands for X's plan
		DocumentExtraction d = extract("Egypt condemned what it described as Israel's plan to annex the valley.");
		assertTrue(hasRelation(d, "Egypt", "Israel", "11"), d.relationships().toString());
	}
}
