package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The root of a cooperative relationship from the words around its trigger ({@link CooperationRoots}, switches
 * {@code relations.halted-cooperation}, {@code relations.truce-agreed}, {@code relations.material-cooperation}), on
 * hand-written parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it).
 */
class CooperationRootsTest {

	static final String SUSPENSION = "Moldova/Moldova/PROPN/2/nsubj announced/announce/VERB/0/root the/the/DET/4/det "
			+ "suspension/suspension/NOUN/2/obj of/of/ADP/6/case talks/talk/NOUN/4/nmod with/with/ADP/8/case "
			+ "Georgia/Georgia/PROPN/6/nmod ~././PUNCT/2/punct";

	static final String CEASEFIRE_AGREEMENT = "Moldova/Moldova/PROPN/5/nsubj and/and/CCONJ/3/cc "
			+ "Georgia/Georgia/PROPN/1/conj signed/sign/VERB/0/root a/a/DET/7/det ceasefire/ceasefire/NOUN/7/compound "
			+ "agreement/agreement/NOUN/4/obj ~././PUNCT/4/punct";

	static final String COOPERATION = "Moldova/Moldova/PROPN/3/nmod:poss ~'s/'s/PART/1/case "
			+ "cooperation/cooperation/NOUN/6/nsubj with/with/ADP/5/case Georgia/Georgia/PROPN/3/nmod "
			+ "grew/grow/VERB/0/root ~././PUNCT/6/punct";

	static final String SIGNED = "Moldova/Moldova/PROPN/2/nsubj signed/sign/VERB/0/root a/a/DET/5/det "
			+ "cooperation/cooperation/NOUN/5/compound agreement/agreement/NOUN/2/obj with/with/ADP/7/case "
			+ "Georgia/Georgia/PROPN/5/nmod ~././PUNCT/2/punct";

	@Test
	void suspendingTalksReducesRelations() {
		DocumentExtraction d = extract(SUSPENSION);
		assertTrue(has(d, "Moldova", "Georgia", "16"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "04"), show(d));
		assertFalse(has(d, "Georgia", "Moldova", "04"), show(d));
	}

	@Test
	void aCeasefireAgreementIsATruce() {
		DocumentExtraction d = extract(CEASEFIRE_AGREEMENT);
		assertTrue(has(d, "Moldova", "Georgia", "08"), show(d));
		assertTrue(has(d, "Georgia", "Moldova", "08"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "05"), show(d));
	}

	@Test
	void cooperationIsMaterial() {
		DocumentExtraction d = extract(COOPERATION);
		assertTrue(has(d, "Moldova", "Georgia", "06"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "05"), show(d));
	}

	@Test
	void aSignedCooperationAgreementStaysAnAgreement() {
		DocumentExtraction d = extract(SIGNED);
		assertTrue(has(d, "Moldova", "Georgia", "05"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "06"), show(d));
	}
}
