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
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it). The
 * tests that expect a 12 fail with the switch off ({@code -Dsourcebench.off=relations.refusals}), except "refused to
 * hold talks with X", which the trigger table's "refuse" (12) already reads; it checks that no 04 is read there.
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

	static final String NO_INTEREST_IN_PROPOSALS = "Georgia/Georgia/PROPN/2/nsubj expressed/express/VERB/0/root "
			+ "no/no/DET/4/det interest/interest/NOUN/2/obj in/in/ADP/6/case proposals/proposal/NOUN/4/nmod "
			+ "from/from/ADP/8/case Moldova/Moldova/PROPN/6/nmod ~././PUNCT/2/punct";

	@Test
	void noInterestInAnOfferRejectsItsAuthor() {
		DocumentExtraction d = extract(NO_INTEREST_IN_PROPOSALS);
		assertTrue(has(d, "Georgia", "Moldova", "12"), show(d));
	}

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
