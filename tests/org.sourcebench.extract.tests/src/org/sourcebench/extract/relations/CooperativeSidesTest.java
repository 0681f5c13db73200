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
 * ({@code relations.mediator-parties}), representatives stand for whom they represent ({@code relations.delegates}),
 * and an accord is cooperation only when signed ({@code relations.signed-deals}). Hand-written parses of sentences
 * written for this test, in the format of {@link ParsedRelationReaderTest}. Each test fails with its mechanism
 * switched off.
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

	@Test
	void representativesOfTwoStatesAreThoseStatesAsSides() {
		DocumentExtraction d = extract("Talks/talk/NOUN/8/nsubj between/between/ADP/3/case "
				+ "representatives/representative/NOUN/1/nmod of/of/ADP/5/case Chile/Chile/PROPN/3/nmod "
				+ "and/and/CCONJ/7/cc Peru/Peru/PROPN/5/conj ended/end/VERB/0/root ././PUNCT/8/punct");
		assertTrue(has(d, "Chile", "Peru", "04"), show(d));
		assertTrue(has(d, "Peru", "Chile", "04"), show(d));
	}

	@Test
	void anUnsignedTreatyIsNoCooperationAndASignedOneIs() {
		DocumentExtraction named = extract("The/the/DET/2/det treaty/treaty/NOUN/7/nsubj between/between/ADP/4/case "
				+ "Chile/Chile/PROPN/2/nmod and/and/CCONJ/6/cc Peru/Peru/PROPN/4/conj remains/remain/VERB/0/root "
				+ "in/in/ADP/9/case dispute/dispute/NOUN/7/obl ././PUNCT/7/punct");
		assertFalse(has(named, "Chile", "Peru", "05"), show(named));
		DocumentExtraction signed = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "signed/sign/VERB/0/root a/a/DET/6/det treaty/treaty/NOUN/4/obj ././PUNCT/4/punct");
		assertTrue(has(signed, "Chile", "Peru", "05"), show(signed));
		assertTrue(has(signed, "Peru", "Chile", "05"), show(signed));
	}
}
