package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The sides of events the parse reader finds but did not attach (tenth session, helper "attach"): a "between" phrase
 * the parse hung elsewhere ({@code relations.attach-between}). Hand-written parses of sentences written for this
 * test, in the format of {@link ParsedRelationReaderTest}. Each test fails with its mechanism switched off.
 */
class AttachMechanismsTest {

	@Test
	void aBetweenPhraseOnTheVerbOfAnEventNounNamesItsParties() {
		DocumentExtraction d = extract("Clashes/clash/NOUN/2/nsubj erupted/erupt/VERB/0/root "
				+ "between/between/ADP/4/case Chile/Chile/PROPN/2/obl and/and/CCONJ/6/cc Peru/Peru/PROPN/4/conj "
				+ "on/on/ADP/8/case Monday/Monday/PROPN/2/obl ./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "19"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "19"), d.relationships().toString());
	}

	@Test
	void aBetweenPhraseOnAPlaceAfterAnEventNounNamesItsParties() {
		DocumentExtraction d = extract("Talks/talk/NOUN/8/nsubj in/in/ADP/3/case Geneva/Geneva/PROPN/1/nmod "
				+ "between/between/ADP/5/case Chile/Chile/PROPN/3/nmod and/and/CCONJ/7/cc Peru/Peru/PROPN/5/conj "
				+ "ended/end/VERB/0/root ./././8/punct");
		assertTrue(has(d, "Chile", "Peru", "04"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "04"), d.relationships().toString());
	}
}
