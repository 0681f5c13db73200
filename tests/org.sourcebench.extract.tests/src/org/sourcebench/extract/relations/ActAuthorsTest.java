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
 * A criticism or rejection of a definite act noun with no owner is aimed at the author of the act the document told
 * before ({@link ActAuthors}, switch {@code relations.act-authors}), on hand-written parses of sentences made up for
 * this test (tokens {@code word/lemma/UPOS/head/relation}, head 1-based).
 */
class ActAuthorsTest {

	static final String ACCUSED = "Chile/Chile/PROPN/2/nsubj accused/accuse/VERB/0/root Peru/Peru/PROPN/2/obj "
			+ "of/of/SCONJ/5/mark spying/spy/VERB/2/advcl ./././2/punct";

	static final String DENIED = "Peru/Peru/PROPN/2/nsubj denied/deny/VERB/0/root the/the/DET/4/det "
			+ "accusations/accusation/NOUN/2/obj ./././2/punct";

	static final String ATTACKED = "Chile/Chile/PROPN/2/nsubj attacked/attack/VERB/0/root Peru/Peru/PROPN/2/obj "
			+ "./././2/punct";

	static final String CONDEMNED = "Argentina/Argentina/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det "
			+ "attack/attack/NOUN/2/obj ./././2/punct";

	static final String CONDEMNED_AN = "Argentina/Argentina/PROPN/2/nsubj condemned/condemn/VERB/0/root an/a/DET/4/det "
			+ "attack/attack/NOUN/2/obj ./././2/punct";

	@Test
	void aDenialOfTheAccusationsIsAimedAtTheAccuser() {
		DocumentExtraction d = extract(ACCUSED, DENIED);
		assertTrue(has(d, "Chile", "Peru", "11"), show(d));
		assertTrue(has(d, "Peru", "Chile", "12"), show(d));
	}

	@Test
	void aCondemnationOfTheAttackIsAimedAtTheAttacker() {
		DocumentExtraction d = extract(ATTACKED, CONDEMNED);
		assertTrue(has(d, "Argentina", "Chile", "11"), show(d));
		assertFalse(any(d, "Argentina", "Peru"), show(d));
	}

	@Test
	void anIndefiniteActIsNoneTheDocumentTold() {
		DocumentExtraction d = extract(ATTACKED, CONDEMNED_AN);
		assertFalse(any(d, "Argentina", "Chile"), show(d));
	}
}
