package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Coercion (17) and unconventional violence (18) coded as the guidelines enter them ({@link RootRules}, switch
 * {@code relations.root-coercion}), on hand-written parses of sentences made up for these tests
 * (tokens {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before
 * it).
 */
class RootRulesTest {

	@Test
	void seizingAStatesShipsIsAnAttackOnIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj seized/seize/VERB/0/root three/three/NUM/4/nummod "
				+ "ships/ship/NOUN/2/obj of/of/ADP/6/case Georgia/Georgia/PROPN/4/nmod ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "17"), show(d));
	}

	@Test
	void anArrestStaysACoercion() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj detained/detain/VERB/0/root two/two/NUM/4/nummod "
				+ "officials/official/NOUN/2/obj of/of/ADP/6/case Georgia/Georgia/PROPN/4/nmod ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Georgia", "17"), show(d));
	}
}
