package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * An adjective predicate on the object completes a dictionary pattern ({@link SecondaryPredicates}, switch
 * {@code relations.secondary-predicates}: "HOLD * RESPONSIBLE" [112] when the parse makes "responsible" an
 * {@code xcomp}), on hand-written parses of sentences made up for this test (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
 */
class SecondaryPredicatesTest {

	static final String OPENING = "Moldova/Moldova/PROPN/4/nsubj and/and/CCONJ/3/cc Georgia/Georgia/PROPN/1/conj "
			+ "quarrelled/quarrel/VERB/0/root ~././PUNCT/4/punct";

	static final String HELD = "Moldova/Moldova/PROPN/2/nsubj held/hold/VERB/0/root Georgia/Georgia/PROPN/2/obj "
			+ "responsible/responsible/ADJ/2/xcomp for/for/ADP/7/case the/the/DET/7/det blast/blast/NOUN/4/obl "
			+ "~././PUNCT/2/punct";

	@Test
	void holdingSomeoneResponsibleAccusesThem() {
		DocumentExtraction d = extract(OPENING, HELD);
		assertTrue(has(d, "Moldova", "Georgia", "11"), show(d));
	}
}
