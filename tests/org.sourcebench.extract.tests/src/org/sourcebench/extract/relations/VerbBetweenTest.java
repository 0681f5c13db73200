package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The "between" phrase of a one-way consultation verb whose clause has a subject names the verb's targets
 * (twenty-fifth session, helper "relations25"; {@code relations.verb-between}): the mediator consults each party.
 * A hand-written parse of a sentence written for this test, in the format of {@link ParsedRelationReaderTest}. Fails
 * with {@code -Dsourcebench.off=relations.verb-between}.
 */
class VerbBetweenTest {

	@Test
	void eachCoordinatedMediatorConsultsEachPartyOfItsBetweenPhrase() {
		// the word windows take only the mediator next to the verb; the parse reader takes the whole subject
		DocumentExtraction d = extract("Cairo/Cairo/PROPN/8/nsubj ,/,/PUNCT/3/punct Doha/Doha/PROPN/1/conj "
				+ ",/,/PUNCT/6/punct and/and/CCONJ/6/cc Washington/Washington/PROPN/1/conj are/be/AUX/8/aux "
				+ "mediating/mediate/VERB/0/root between/between/ADP/10/case Chile/Chile/PROPN/8/obl "
				+ "and/and/CCONJ/12/cc Peru/Peru/PROPN/10/conj ./././8/punct");
		assertTrue(has(d, "Egypt", "Chile", "04"), d.relationships().toString());
		assertTrue(has(d, "Qatar", "Peru", "04"), d.relationships().toString());
		assertFalse(has(d, "Chile", "Peru", "04"), d.relationships().toString());
	}
}
