package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A speaker who says something negative of another actor criticises it, 11 ({@code speech.negative-statements},
 * {@link NegativeStatements}), on hand-written parses of sentences made up for these tests (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
 */
class NegativeStatementsTest {

	@Test
	void aNegativeThingAnActorOwnsInAClaimIsCriticismOfThatActor() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark "
				+ "the/the/DET/5/det region/region/NOUN/6/nsubj knows/know/VERB/2/ccomp Russia/Russia/PROPN/10/nmod:poss "
				+ "~'s/'s/PART/7/case aggressive/aggressive/ADJ/10/amod conduct/conduct/NOUN/6/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void aNegativePredicateOfAnActorsWordsIsCriticismOfThatActor() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/8/mark "
				+ "Russia/Russia/PROPN/6/nmod:poss ~'s/'s/PART/4/case statements/statement/NOUN/8/nsubj "
				+ "were/be/AUX/8/cop inappropriate/inappropriate/ADJ/2/ccomp ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void whatTheSubjectFeelsOrSuffersIsNoCriticism() {
		DocumentExtraction felt = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark "
				+ "Russia/Russia/PROPN/6/nsubj was/be/AUX/6/cop disappointed/disappointed/ADJ/2/ccomp ~././PUNCT/2/punct");
		assertFalse(has(felt, "Moldova", "Russia", "11"), show(felt));
		DocumentExtraction suffered = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root "
				+ "that/that/SCONJ/5/mark Russia/Russia/PROPN/5/nsubj suffered/suffer/VERB/2/ccomp "
				+ "heavy/heavy/ADJ/7/amod losses/loss/NOUN/5/obj ~././PUNCT/2/punct");
		assertFalse(has(suffered, "Moldova", "Russia", "11"), show(suffered));
	}

	@Test
	void aNegatedPredicateIsNoCriticism() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/9/mark "
				+ "Russia/Russia/PROPN/6/nmod:poss ~'s/'s/PART/4/case statements/statement/NOUN/9/nsubj "
				+ "were/be/AUX/9/cop not/not/PART/9/advmod inappropriate/inappropriate/ADJ/2/ccomp ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "11"), show(d));
	}
}
