package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The parties of cooperative events (eleventh session, helper "meet"): the mediator of an event consults each party
 * ({@code relations.mediator-parties}). Hand-written parses of sentences written for this test, in the format of
 * {@link ParsedRelationReaderTest}. Each test fails with the mechanism switched off.
 */
class CooperativeSidesTest {

	@Test
	void theBrokerOfATruceConsultsEachPartyTheSentenceNames() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj accused/accuse/VERB/0/root Peru/Peru/PROPN/2/obj "
				+ "of/of/SCONJ/5/mark breaking/break/VERB/2/advcl the/the/DET/8/det "
				+ "Bolivia-brokered/Bolivia-brokered/ADJ/8/amod truce/truce/NOUN/5/obj ././PUNCT/2/punct");
		assertTrue(has(d, "Bolivia", "Chile", "04"), show(d));
		assertTrue(has(d, "Bolivia", "Peru", "04"), show(d));
	}

	@Test
	void theHostOfTalksConsultsTheirPartiesOneWay() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "held/hold/VERB/0/root talks/talk/NOUN/4/obj hosted/host/VERB/5/acl by/by/ADP/8/case "
				+ "Bolivia/Bolivia/PROPN/6/obl:agent ././PUNCT/4/punct");
		assertTrue(has(d, "Bolivia", "Chile", "04"), show(d));
		assertTrue(has(d, "Bolivia", "Peru", "04"), show(d));
		assertTrue(has(d, "Chile", "Peru", "04"), show(d));
		assertFalse(has(d, "Chile", "Bolivia", "04"), show(d));
	}

	@Test
	void theHelperOfAMeetingIsNoPartyOfIt() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "met/meet/VERB/0/root with/with/ADP/7/case the/the/DET/7/det help/help/NOUN/4/obl of/of/ADP/9/case "
				+ "Bolivia/Bolivia/PROPN/7/nmod ././PUNCT/4/punct");
		assertTrue(has(d, "Bolivia", "Chile", "04"), show(d));
		assertFalse(has(d, "Chile", "Bolivia", "04"), show(d));
		assertFalse(has(d, "Peru", "Bolivia", "04"), show(d));
	}
}
