package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Whom a speech act is aimed at ({@code relations.speech-preps}), the CAMEO dictionary's bare speech-act verbs
 * ({@code relations.spoken-verbs}) and measures named by a noun ({@code relations.sanctions}, {@link Sanctions}), on
 * hand-written parses ({@link HandParses}: {@code word/lemma/UPOS/head/relation}, head 1-based). The sentences are
 * made up for these tests.
 */
class SpeechTargetsTest {

	private static String show(DocumentExtraction d) {
		return d.relationships().toString();
	}

	@Test
	void aComplaintIsAimedAtTheActorOfItsAboutPhrase() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj complained/complain/VERB/0/root "
				+ "about/about/ADP/4/case Peru/Peru/PROPN/2/obl ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), show(d));
	}

	@Test
	void aWarningsObjectComesBeforeWhatItIsAbout() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj warned/warn/VERB/0/root Peru/Peru/PROPN/2/obj "
				+ "about/about/ADP/7/case Bolivia/Bolivia/PROPN/7/nmod:poss ~'s/'s/PART/5/case "
				+ "troops/troops/NOUN/2/obl ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "13"), show(d));
		assertFalse(has(d, "Chile", "Bolivia", "13"), show(d));
	}

	@Test
	void aPrepositionOfAnOrdinaryVerbNamesNoTarget() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj relied/rely/VERB/0/root on/on/ADP/4/case "
				+ "Peru/Peru/PROPN/2/obl ~././PUNCT/2/punct");
		assertTrue(d.relationships().isEmpty(), show(d));
	}

	@Test
	void aDictionarySpeechVerbWithoutAPatternDisapprovesOfItsObject() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj castigated/castigate/VERB/0/root "
				+ "Peru/Peru/PROPN/2/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), show(d));
	}

	@Test
	void sanctionsSlappedOnAnActorAreImposedByTheSubject() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj slapped/slap/VERB/0/root "
				+ "tariffs/tariff/NOUN/2/obj on/on/ADP/5/case Peru/Peru/PROPN/3/nmod ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "16"), show(d));
	}

	@Test
	void aParticipleOnTheNounNamesWhoImposesAndOnWhom() {
		DocumentExtraction d = extract("Sanctions/sanction/NOUN/7/nsubj imposed/impose/VERB/1/acl by/by/ADP/4/case "
				+ "Chile/Chile/PROPN/2/obl:agent on/on/ADP/6/case Peru/Peru/PROPN/2/obl remain/remain/VERB/0/root "
				+ "~././PUNCT/7/punct");
		assertTrue(has(d, "Chile", "Peru", "16"), show(d));
	}

	@Test
	void whoFacesAnotherActorsSanctionsBearsThem() {
		DocumentExtraction d = extract("Peru/Peru/PROPN/2/nsubj faces/face/VERB/0/root Chile/Chile/PROPN/5/nmod:poss "
				+ "~'s/'s/PART/3/case sanctions/sanction/NOUN/2/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "16"), show(d));
		assertFalse(has(d, "Peru", "Chile", "16"), show(d));
	}

	@Test
	void liftingSanctionsImposesNone() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj lifted/lift/VERB/0/root "
				+ "sanctions/sanction/NOUN/2/obj on/on/ADP/5/case Peru/Peru/PROPN/3/nmod ~././PUNCT/2/punct");
		assertFalse(has(d, "Chile", "Peru", "16"), show(d));
	}
}
