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
 * Two named people's talks are not also talks with one's state ({@link PersonOverState}, switch
 * {@code relations.person-over-state}), on hand-written parses of sentences made up for this test (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it). The
 * second sentence's parse takes the title's country adjective for a conjunct, as the parser does on such names.
 */
class PersonOverStateTest {

	static final String OPENING = "Russia/Russia/PROPN/2/nsubj objected/object/VERB/0/root ~././PUNCT/2/punct";

	static final String TALKS = "Emmanuel/Emmanuel/PROPN/8/nsubj Macron/Macron/PROPN/1/flat and/and/CCONJ/4/cc "
			+ "Russian/Russian/ADJ/1/conj President/President/PROPN/6/nmod:desc Vladimir/Vladimir/PROPN/8/nsubj "
			+ "Putin/Putin/PROPN/6/flat discussed/discuss/VERB/0/root the/the/DET/11/det grain/grain/NOUN/11/compound "
			+ "deal/deal/NOUN/8/obj ~././PUNCT/8/punct";

	@Test
	void talksBetweenTwoPeopleAreNotTalksWithTheOthersState() {
		DocumentExtraction d = extract(OPENING, TALKS);
		assertTrue(has(d, "Emmanuel Macron", "Vladimir Putin", "04"), show(d));
		assertFalse(any(d, "Emmanuel Macron", "Russia"), show(d));
		assertFalse(any(d, "Russia", "Emmanuel Macron"), show(d));
	}
}
