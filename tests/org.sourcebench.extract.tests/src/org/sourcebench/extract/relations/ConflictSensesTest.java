package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Conflict words in their other senses ({@link ConflictSenses}, switch {@code relations.conflict-senses}), on
 * hand-written parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it).
 */
class ConflictSensesTest {

	@Test
	void engagingWithAStateConsultsIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj continued/continue/VERB/0/root to/to/PART/4/mark "
				+ "engage/engage/VERB/2/xcomp with/with/ADP/6/case Georgia/Georgia/PROPN/4/obl ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Georgia", "19"), show(d));
		assertTrue(has(d, "Moldova", "Georgia", "04"), show(d));
	}

	@Test
	void aVerbalAssaultIsCriticism() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj launched/launch/VERB/0/root a/a/DET/5/det "
				+ "verbal/verbal/ADJ/5/amod assault/assault/NOUN/2/obj on/on/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
				+ "~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Georgia", "19"), show(d));
		assertTrue(has(d, "Moldova", "Georgia", "11"), show(d));
	}

	@Test
	void anArmedAssaultStaysAFight() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj launched/launch/VERB/0/root an/a/DET/5/det "
				+ "armed/armed/ADJ/5/amod assault/assault/NOUN/2/obj on/on/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
				+ "~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
	}
}
