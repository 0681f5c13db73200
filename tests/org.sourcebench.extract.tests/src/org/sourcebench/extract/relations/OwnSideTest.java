package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A titled person and the principal the title names are one side ({@link OwnSide}, switch
 * {@code relations.own-side}), on hand-written parses of sentences made up for this test (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
 */
class OwnSideTest {

	/** "Hezbollah spokesman Karl Brand denied that Hezbollah fired the rockets." */
	static final String SPOKESMAN = "Hezbollah/Hezbollah/PROPN/2/compound spokesman/spokesman/NOUN/3/nmod:desc "
			+ "Karl/Karl/PROPN/5/nsubj Brand/Brand/PROPN/3/flat denied/deny/VERB/0/root that/that/SCONJ/8/mark "
			+ "Hezbollah/Hezbollah/PROPN/8/nsubj fired/fire/VERB/5/ccomp the/the/DET/10/det "
			+ "rockets/rocket/NOUN/8/obj ~././PUNCT/5/punct";

	/** "Israel accused Karl Brand, a Hezbollah spokesman, of lying." */
	static final String OTHER_SIDE = "Israel/Israel/PROPN/2/nsubj accused/accuse/VERB/0/root Karl/Karl/PROPN/2/obj "
			+ "Brand/Brand/PROPN/3/flat ~,/,/PUNCT/8/punct a/a/DET/8/det Hezbollah/Hezbollah/PROPN/8/compound "
			+ "spokesman/spokesman/NOUN/3/appos ~,/,/PUNCT/8/punct of/of/SCONJ/11/mark lying/lie/VERB/2/advcl "
			+ "~././PUNCT/2/punct";

	@Test
	void aSpokesmanDoesNotActOnHisPrincipal() {
		DocumentExtraction d = extract(SPOKESMAN);
		assertFalse(any(d, "Karl Brand", "Hezbollah"), show(d));
	}

	@Test
	void anotherActorStillActsOnTheSpokesman() {
		DocumentExtraction d = extract(OTHER_SIDE);
		assertTrue(any(d, "Israel", "Karl Brand"), show(d));
	}
}
