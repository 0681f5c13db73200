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
 * Talks or cooperation one side stops ({@link CooperationRoots}, switch {@code relations.halted-cooperation}), on
 * hand-written parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it).
 */
class CooperationRootsTest {

	static final String SUSPENSION = "Moldova/Moldova/PROPN/2/nsubj announced/announce/VERB/0/root the/the/DET/4/det "
			+ "suspension/suspension/NOUN/2/obj of/of/ADP/6/case talks/talk/NOUN/4/nmod with/with/ADP/8/case "
			+ "Georgia/Georgia/PROPN/6/nmod ~././PUNCT/2/punct";

	static final String SUSPENDED = "Cooperation/cooperation/NOUN/7/nsubj:pass between/between/ADP/3/case "
			+ "Moldova/Moldova/PROPN/1/nmod and/and/CCONJ/5/cc Georgia/Georgia/PROPN/3/conj was/be/AUX/7/aux:pass "
			+ "suspended/suspend/VERB/0/root ~././PUNCT/7/punct";

	@Test
	void suspendingTalksReducesRelations() {
		DocumentExtraction d = extract(SUSPENSION);
		assertTrue(has(d, "Moldova", "Georgia", "16"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "04"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}

	@Test
	void suspendedCooperationWithNoAgentIsNoCooperation() {
		DocumentExtraction d = extract(SUSPENDED);
		assertFalse(any(d, "Moldova", "Georgia"), show(d));
		assertFalse(any(d, "Georgia", "Moldova"), show(d));
	}
}
