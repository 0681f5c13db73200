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
 * The slots a dictionary pattern puts after its verb take the phrases after the verb, each with its own words
 * ({@link PatternSlots}, switch {@code relations.pattern-slots}), on hand-written parses of sentences made up for this
 * test (tokens {@code word/lemma/UPOS/head/relation}, head 1-based).
 */
class PatternSlotsTest {

	/** A fronted adjunct names the ceasefire: "ANNOUNCE * &CEASEFIRE" [0871] is not what Moldova announced. */
	static final String FRONTED = "After/after/ADP/3/case the/the/DET/3/det end/end/NOUN/9/obl of/of/ADP/6/case "
			+ "the/the/DET/6/det ceasefire/ceasefire/NOUN/3/nmod ,/,/PUNCT/3/punct Moldova/Moldova/PROPN/9/nsubj "
			+ "announced/announce/VERB/0/root new/new/ADJ/11/amod operations/operation/NOUN/9/obj "
			+ "against/against/ADP/13/case Georgia/Georgia/PROPN/11/nmod ././PUNCT/9/punct";

	/** A relative clause inside the object names the deal: "CITE * DEAL" [060] does not read it. */
	static final String RELATIVE = "Moldova/Moldova/PROPN/2/nsubj cited/cite/VERB/0/root Georgia/Georgia/PROPN/2/obj "
			+ ",/,/PUNCT/6/punct which/which/PRON/6/nsubj signed/sign/VERB/3/acl:relcl the/the/DET/8/det "
			+ "deal/deal/NOUN/6/obj ././PUNCT/2/punct";

	/** The pattern's noun after the verb, in its object: the ceasefire is announced. */
	static final String AFTER = "Moldova/Moldova/PROPN/2/nsubj announced/announce/VERB/0/root a/a/DET/4/det "
			+ "ceasefire/ceasefire/NOUN/2/obj with/with/ADP/6/case Georgia/Georgia/PROPN/4/nmod ././PUNCT/2/punct";

	@Test
	void aPhraseBeforeTheVerbFillsNoSlotAfterIt() {
		DocumentExtraction d = extract(FRONTED);
		assertFalse(has(d, "Moldova", "Georgia", "08"), show(d));
	}

	@Test
	void aClauseInsideTheObjectFillsNoSlot() {
		DocumentExtraction d = extract(RELATIVE);
		assertFalse(any(d, "Moldova", "Georgia"), show(d));
	}

	@Test
	void thePatternsNounAfterTheVerbStillMatches() {
		DocumentExtraction d = extract(AFTER);
		assertTrue(has(d, "Moldova", "Georgia", "08"), show(d));
	}
}
