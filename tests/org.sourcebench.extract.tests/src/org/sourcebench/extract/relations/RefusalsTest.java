package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A refusal of a cooperative event is a rejection (12) toward its partner ({@link Refusals}, switch
 * {@code relations.refusals}), on hand-written parses of sentences made up for these tests (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it). Each
 * test that expects a 12 fails with the switch off ({@code -Dsourcebench.off=relations.refusals}).
 */
class RefusalsTest {

	static final String REFUSED_TO_HOLD = "Georgia/Georgia/PROPN/2/nsubj refused/refuse/VERB/0/root to/to/PART/4/mark "
			+ "hold/hold/VERB/2/xcomp talks/talk/NOUN/4/obj with/with/ADP/7/case Moldova/Moldova/PROPN/5/nmod "
			+ "~././PUNCT/2/punct";

	static final String NOT_INTERESTED = "Georgia/Georgia/PROPN/4/nsubj is/be/AUX/4/cop not/not/PART/4/advmod "
			+ "interested/interested/ADJ/0/root in/in/ADP/6/case talks/talk/NOUN/4/obl with/with/ADP/8/case "
			+ "Moldova/Moldova/PROPN/6/nmod ~././PUNCT/4/punct";

	static final String IGNORED = "Georgia/Georgia/PROPN/2/nsubj ignored/ignore/VERB/0/root a/a/DET/5/det "
			+ "proposed/propose/VERB/5/amod meeting/meeting/NOUN/2/obj with/with/ADP/7/case "
			+ "Moldova/Moldova/PROPN/5/nmod ~././PUNCT/2/punct";

	static final String DISINTEREST = "Georgia/Georgia/PROPN/3/nmod:poss ~'s/'s/PART/1/case "
			+ "disinterest/disinterest/NOUN/9/nsubj in/in/ADP/5/case negotiations/negotiation/NOUN/3/nmod "
			+ "with/with/ADP/7/case Moldova/Moldova/PROPN/5/nmod was/be/AUX/9/cop clear/clear/ADJ/0/root "
			+ "~././PUNCT/9/punct";

	static final String WOULD_NOT_REFUSE = "Georgia/Georgia/PROPN/4/nsubj would/would/AUX/4/aux not/not/PART/4/advmod "
			+ "refuse/refuse/VERB/0/root a/a/DET/6/det meeting/meeting/NOUN/4/obj with/with/ADP/8/case "
			+ "Moldova/Moldova/PROPN/6/nmod ~././PUNCT/4/punct";

	@Test
	void refusingToHoldTalksRejectsThePartner() {
		DocumentExtraction d = extract(REFUSED_TO_HOLD);
		assertTrue(has(d, "Georgia", "Moldova", "12"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}

	@Test
	void notBeingInterestedInTalksRejectsThePartner() {
		DocumentExtraction d = extract(NOT_INTERESTED);
		assertTrue(has(d, "Georgia", "Moldova", "12"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}

	@Test
	void ignoringAProposedMeetingRejectsThePartner() {
		DocumentExtraction d = extract(IGNORED);
		assertTrue(has(d, "Georgia", "Moldova", "12"), show(d));
	}

	@Test
	void anOwnersDisinterestInNegotiationsRejectsThePartner() {
		DocumentExtraction d = extract(DISINTEREST);
		assertTrue(has(d, "Georgia", "Moldova", "12"), show(d));
	}

	@Test
	void aRefusalUnderAModalIsNone() {
		DocumentExtraction d = extract(WOULD_NOT_REFUSE);
		assertFalse(has(d, "Georgia", "Moldova", "12"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}
}
