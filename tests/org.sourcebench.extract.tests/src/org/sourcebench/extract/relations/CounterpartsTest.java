package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * "His Russian counterpart" is a Russian person, never Russia ({@link Counterparts}). Hand-written parses of
 * sentences written for this test ({@code word/lemma/UPOS/head/relation}, head 1-based).
 */
class CounterpartsTest {

	@Test
	void counterpartsAreThePersonsOfTheirCountries() {
		// "Xi Jinping met his Russian and Iranian counterparts as Vladimir Putin and Hassan Rouhani smiled ."
		DocumentExtraction d = extract("Xi/Xi/PROPN/3/nsubj Jinping/Jinping/PROPN/1/flat met/meet/VERB/0/root "
				+ "his/he/PRON/8/nmod:poss Russian/Russian/ADJ/8/amod and/and/CCONJ/7/cc Iranian/Iranian/ADJ/5/conj "
				+ "counterparts/counterpart/NOUN/3/obj as/as/SCONJ/15/mark Vladimir/Vladimir/PROPN/15/nsubj "
				+ "Putin/Putin/PROPN/10/flat and/and/CCONJ/13/cc Hassan/Hassan/PROPN/10/conj Rouhani/Rouhani/PROPN/13/flat "
				+ "smiled/smile/VERB/3/advcl ./././3/punct");
		assertTrue(has(d, "Xi Jinping", "Vladimir Putin", "04"), d.relationships().toString());
		assertTrue(has(d, "Hassan Rouhani", "Xi Jinping", "04"), d.relationships().toString());
		assertFalse(any(d, "Xi Jinping", "Russia") || any(d, "Xi Jinping", "Iran"),
				"the counterparts are no countries: " + d.relationships());
	}

	@Test
	void aCounterpartOfACountryWithNoKnownPersonIsNoSide() {
		DocumentExtraction d = extract("Xi/Xi/PROPN/3/nsubj Jinping/Jinping/PROPN/1/flat met/meet/VERB/0/root "
				+ "his/he/PRON/6/nmod:poss Russian/Russian/ADJ/6/amod counterpart/counterpart/NOUN/3/obj "
				+ "in/in/ADP/8/case Russia/Russia/PROPN/3/obl ./././3/punct");
		assertFalse(any(d, "Xi Jinping", "Russia"), d.relationships().toString());
	}
}
