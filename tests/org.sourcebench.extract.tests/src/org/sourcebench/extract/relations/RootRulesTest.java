package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The root of a relationship found between the right pair, corrected by what the sentence says around its trigger
 * ({@link RootRules}, switches {@code relations.root-*}), on hand-written parses of sentences made up for these tests
 * (tokens {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before
 * it).
 */
class RootRulesTest {

	@Test
	void callingOffTalksReducesRelationsAndIsNoMeeting() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj called/call/VERB/0/root off/off/ADP/2/compound:prt "
				+ "the/the/DET/5/det talks/talk/NOUN/2/obj with/with/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
				+ "~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "16"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "04"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "16"), show(d));
	}

	@Test
	void aMeetingSomeoneCancelledIsAReductionByThatSide() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj cancelled/cancel/VERB/0/root its/its/PRON/5/nmod:poss "
				+ "planned/planned/ADJ/5/amod meeting/meeting/NOUN/2/obj with/with/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
				+ "~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "16"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}

	@Test
	void talksNotCancelledAreNoReduction() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod "
				+ "cancel/cancel/VERB/0/root talks/talk/NOUN/4/obj with/with/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
				+ "~././PUNCT/4/punct");
		assertFalse(has(d, "Moldova", "Georgia", "16"), show(d));
	}

	@Test
	void agreeingToAHaltIsTheYieldItself() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj agreed/agree/VERB/0/root to/to/ADP/6/case "
				+ "a/a/DET/6/det temporary/temporary/ADJ/6/amod halt/halt/NOUN/2/obl in/in/ADP/9/case "
				+ "its/its/PRON/9/nmod:poss dispute/dispute/NOUN/6/nmod with/with/ADP/11/case Georgia/Georgia/PROPN/9/nmod "
				+ "~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "08"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "03"), show(d));
	}

	@Test
	void aProtestLodgedByAStateIsAComplaint() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/3/nsubj strongly/strongly/ADV/3/advmod "
				+ "protested/protest/VERB/0/root Georgia/Georgia/PROPN/7/nmod:poss ~'s/'s/PART/4/case "
				+ "new/new/ADJ/7/amod tariffs/tariff/NOUN/3/obj ~././PUNCT/3/punct");
		assertFalse(has(d, "Moldova", "Georgia", "14"), show(d));
		assertTrue(has(d, "Moldova", "Georgia", "11"), show(d));
	}

	@Test
	void listingAGroupAsTerroristIsAMeasureNotALabel() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj labeled/label/VERB/0/root Hamas/Hamas/PROPN/2/obj "
				+ "a/a/DET/6/det terrorist/terrorist/ADJ/6/amod organization/organization/NOUN/2/xcomp ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Hamas", "16"), show(d));
		assertFalse(has(d, "Moldova", "Hamas", "11"), show(d));
	}

	@Test
	void seizingAStatesShipsIsAnAttackOnIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj seized/seize/VERB/0/root three/three/NUM/4/nummod "
				+ "ships/ship/NOUN/2/obj of/of/ADP/6/case Georgia/Georgia/PROPN/4/nmod ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "17"), show(d));
	}
}
