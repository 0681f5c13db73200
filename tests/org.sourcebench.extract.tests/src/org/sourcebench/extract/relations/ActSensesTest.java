package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * CAMEO verbs of no conflict in a sense that is no act between the sides ({@link ActSenses}, switch
 * {@code relations.act-senses}), on hand-written parses of sentences made up for these tests (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
 * Each of the first three fails with the switch off.
 */
class ActSensesTest {

	@Test
	void echoingAStateIsNoCriticism() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj echoed/echo/VERB/0/root "
				+ "Georgia/Georgia/PROPN/2/obj ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Georgia", "11"), show(d));
	}

	@Test
	void attendeesOfTalksDoNotMeetEachOther() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/7/nsubj ~,/,/PUNCT/3/punct Georgia/Georgia/PROPN/1/conj "
				+ "and/and/CCONJ/5/cc Armenia/Armenia/PROPN/1/conj have/have/AUX/7/aux attended/attend/VERB/0/root "
				+ "the/the/DET/9/det talks/talk/NOUN/7/obj ~././PUNCT/7/punct");
		assertFalse(any(d, "Moldova", "Georgia"), show(d));
		assertFalse(any(d, "Georgia", "Armenia"), show(d));
	}

	@Test
	void releasingAStatementReleasesNobody() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj released/release/VERB/0/root a/a/DET/4/det "
				+ "statement/statement/NOUN/2/obj on/on/ADP/6/case Georgia/Georgia/PROPN/4/nmod ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Georgia", "08"), show(d));
	}

	@Test
	void releasingAPrisonerStays() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj released/release/VERB/0/root "
				+ "Georgia/Georgia/PROPN/2/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "08"), show(d));
	}
}
