package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Material cooperation ({@link MaterialCooperation}, switches {@code relations.reciprocal-acts},
 * {@code relations.military-cooperation}, {@code relations.truce-deals} and {@code relations.armed-backing}), on
 * hand-written parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it).
 */
class MaterialCooperationTest {

	static final String EXCHANGED = "Moldova/Moldova/PROPN/4/nsubj and/and/CCONJ/3/cc Georgia/Georgia/PROPN/1/conj "
			+ "exchanged/exchange/VERB/0/root 40/40/NUM/6/nummod prisoners/prisoner/NOUN/4/obj ~././PUNCT/4/punct";

	static final String SWAP = "Moldova/Moldova/PROPN/4/nsubj and/and/CCONJ/3/cc Georgia/Georgia/PROPN/1/conj "
			+ "conducted/conduct/VERB/0/root a/a/DET/6/det swap/swap/NOUN/4/obj of/of/ADP/8/case "
			+ "prisoners/prisoner/NOUN/6/nmod ~././PUNCT/4/punct";

	static final String INVOLVING = "Armenia/Armenia/PROPN/2/nsubj condemned/condemn/VERB/0/root "
			+ "military/military/ADJ/4/amod exercises/exercise/NOUN/2/obj involving/involve/VERB/4/acl "
			+ "Moldova/Moldova/PROPN/5/obj and/and/CCONJ/8/cc Georgia/Georgia/PROPN/6/conj ~././PUNCT/2/punct";

	static final String UPCOMING = "Armenia/Armenia/PROPN/2/nsubj condemned/condemn/VERB/0/root "
			+ "upcoming/upcoming/ADJ/5/amod military/military/ADJ/5/amod exercises/exercise/NOUN/2/obj "
			+ "involving/involve/VERB/5/acl Moldova/Moldova/PROPN/6/obj and/and/CCONJ/9/cc "
			+ "Georgia/Georgia/PROPN/7/conj ~././PUNCT/2/punct";

	static final String HYPHENATED = "Armenia/Armenia/PROPN/2/nsubj condemned/condemn/VERB/0/root a/a/DET/9/det "
			+ "Moldova/Moldova/PROPN/7/compound ~-/-/PUNCT/6/punct ~South/South/PROPN/7/compound "
			+ "Korea/Korea/PROPN/9/compound military/military/ADJ/9/amod drill/drill/NOUN/2/obj ~././PUNCT/2/punct";

	static final String MILITARY_COOPERATION = "Armenia/Armenia/PROPN/2/nsubj criticised/criticise/VERB/0/root "
			+ "military/military/ADJ/4/amod cooperation/cooperation/NOUN/2/obj between/between/ADP/6/case "
			+ "Moldova/Moldova/PROPN/4/nmod and/and/CCONJ/8/cc Georgia/Georgia/PROPN/6/conj ~././PUNCT/2/punct";

	static final String TRUCE_AGREEMENT = "Armenia/Armenia/PROPN/2/nsubj welcomed/welcome/VERB/0/root the/the/DET/5/det "
			+ "ceasefire/ceasefire/NOUN/5/compound agreement/agreement/NOUN/2/obj between/between/ADP/7/case "
			+ "Moldova/Moldova/PROPN/5/nmod and/and/CCONJ/9/cc Georgia/Georgia/PROPN/7/conj ~././PUNCT/2/punct";

	static final String AGREED_BY = "Fighting/fighting/NOUN/2/nsubj continued/continue/VERB/0/root "
			+ "despite/despite/ADP/7/case the/the/DET/7/det cease/cease/NOUN/7/compound ~-/-/PUNCT/5/punct "
			+ "~fire/fire/NOUN/2/obl agreed/agree/VERB/7/acl by/by/ADP/10/case Moldova/Moldova/PROPN/8/obl:agent "
			+ "and/and/CCONJ/12/cc Georgia/Georgia/PROPN/10/conj ~././PUNCT/2/punct";

	static final String SUPPORTED = "Georgia/Georgia/PROPN/2/nsubj supports/support/VERB/0/root "
			+ "Hezbollah/Hezbollah/PROPN/2/obj ~././PUNCT/2/punct";

	@Test
	void exchangingPrisonersIsMutual() {
		DocumentExtraction d = extract(EXCHANGED);
		assertMutual(d, "Moldova", "Georgia", "08");
	}

	@Test
	void aPrisonerSwapIsMutual() {
		DocumentExtraction d = extract(SWAP);
		assertMutual(d, "Moldova", "Georgia", "08");
	}

	@Test
	void exercisesInvolvingTwoSidesAreMilitaryCooperation() {
		DocumentExtraction d = extract(INVOLVING);
		assertMutual(d, "Moldova", "Georgia", "06");
	}

	@Test
	void upcomingExercisesAreNoCooperationYet() {
		DocumentExtraction d = extract(UPCOMING);
		assertFalse(has(d, "Moldova", "Georgia", "06"), show(d));
	}

	@Test
	void aHyphenatedPairHoldsADrill() {
		DocumentExtraction d = extract(HYPHENATED);
		assertMutual(d, "Moldova", "South Korea", "06");
	}

	@Test
	void militaryCooperationIsMaterial() {
		DocumentExtraction d = extract(MILITARY_COOPERATION);
		assertTrue(has(d, "Moldova", "Georgia", "06"), show(d));
		assertFalse(has(d, "Moldova", "Georgia", "05"), show(d));
	}

	@Test
	void aCeasefireAgreementIsATruce() {
		DocumentExtraction d = extract(TRUCE_AGREEMENT);
		assertMutual(d, "Moldova", "Georgia", "08");
		assertFalse(has(d, "Moldova", "Georgia", "05"), show(d));
	}

	@Test
	void aCeaseFireAgreedByTwoSidesIsTheirs() {
		DocumentExtraction d = extract(AGREED_BY);
		assertMutual(d, "Moldova", "Georgia", "08");
	}

	@Test
	void supportOfAnArmedGroupIsMaterial() {
		DocumentExtraction d = extract(SUPPORTED);
		assertTrue(has(d, "Georgia", "Hezbollah", "07"), show(d));
		assertFalse(has(d, "Georgia", "Hezbollah", "05"), show(d));
	}

	/** Both directions of a symmetric root (R1). */
	private static void assertMutual(DocumentExtraction d, String a, String b, String root) {
		assertTrue(has(d, a, b, root), show(d));
		assertTrue(has(d, b, a, root), show(d));
	}
}
