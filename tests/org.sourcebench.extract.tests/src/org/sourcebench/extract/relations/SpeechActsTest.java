package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Relationships stated in reported speech ({@link SpeechActs}, and first-person pronouns inside a claim in
 * {@link ParsedRelationReader}) on hand-written parses, so that the stage is tested apart from the parser model: each
 * token is written {@code word/lemma/UPOS/head/relation} (head 1-based, 0 for the root), a leading {@code ~} glues
 * the token to the one before it. The sentences are made up for these tests.
 */
class SpeechActsTest {

	@Test
	void aWarningThatAnActorWillSufferThreatensItOnTheCueVerb() {
		// read by ParsedRelationReader on "warned" (the complement's subject, with its modal): no claim step needed
		DocumentExtraction d = extract("Russia/Russia/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/6/mark "
				+ "Norway/Norway/PROPN/6/nsubj would/would/AUX/6/aux face/face/VERB/2/ccomp "
				+ "consequences/consequence/NOUN/6/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Russia", "Norway", "13"), show(d));
	}

	@Test
	void aSpeakerStatingThatAnotherActorAttackedCriticisesIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/5/mark "
				+ "Russia/Russia/PROPN/5/nsubj bombed/bomb/VERB/2/ccomp the/the/DET/7/det "
				+ "bridges/bridge/NOUN/5/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void aPassiveAgentInAQuotationIsCriticisedToo() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root ~:/:/PUNCT/9/punct "
				+ "\"/\"/PUNCT/9/punct ~The/the/DET/6/det first/first/ADJ/6/amod shells/shell/NOUN/9/nsubj:pass "
				+ "were/be/AUX/9/aux:pass fired/fire/VERB/2/ccomp by/by/ADP/11/case Russia/Russia/PROPN/9/obl "
				+ "~././PUNCT/9/punct ~\"/\"/PUNCT/9/punct");
		assertTrue(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void aNegatedAttackIsNoCriticism() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/7/mark "
				+ "Russia/Russia/PROPN/7/nsubj did/do/AUX/7/aux not/not/PART/7/advmod bomb/bomb/VERB/2/ccomp "
				+ "the/the/DET/9/det bridges/bridge/NOUN/7/obj ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void anAttackMentionedOnlyInATimeClauseOfTheClaimIsNoCriticism() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root talks/talk/NOUN/4/nsubj "
				+ "began/begin/VERB/2/ccomp after/after/SCONJ/7/mark Russia/Russia/PROPN/7/nsubj "
				+ "bombed/bomb/VERB/4/advcl the/the/DET/9/det bridges/bridge/NOUN/7/obj ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void noSpeakerCriticisesItsOwnCountrysForces() {
		DocumentExtraction d = extract("Russia/Russia/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark "
				+ "Russian/Russian/ADJ/5/amod jets/jet/NOUN/6/nsubj bombed/bomb/VERB/2/ccomp the/the/DET/8/det "
				+ "bridges/bridge/NOUN/6/obj ~././PUNCT/2/punct");
		assertTrue(d.relationships().stream().noneMatch(r -> r.from().equals("Russia") && r.root().equals("11")),
				show(d));
	}

	@Test
	void weInsideAQuotationIsTheSpeaker() {
		DocumentExtraction d = extract("Peru/Peru/PROPN/2/nsubj said/say/VERB/0/root ~:/:/PUNCT/6/punct "
				+ "\"/\"/PUNCT/6/punct ~We/we/PRON/6/nsubj held/hold/VERB/2/ccomp talks/talk/NOUN/6/obj "
				+ "with/with/ADP/9/case Chile/Chile/PROPN/7/nmod ~././PUNCT/6/punct ~\"/\"/PUNCT/6/punct");
		assertTrue(has(d, "Peru", "Chile", "04"), show(d));
		assertTrue(has(d, "Chile", "Peru", "04"), show(d));
	}

	@Test
	void weOutsideAnyClaimNamesNobody() {
		DocumentExtraction d = extract("We/we/PRON/2/nsubj held/hold/VERB/0/root talks/talk/NOUN/2/obj "
				+ "with/with/ADP/5/case Chile/Chile/PROPN/3/nmod ~././PUNCT/2/punct");
		assertTrue(d.relationships().isEmpty(), show(d));
	}

	@Test
	void coSpeakersEachCriticiseTheAttackerButNotEachOther() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "said/say/VERB/0/root that/that/SCONJ/7/mark Bolivia/Bolivia/PROPN/7/nsubj "
				+ "shelled/shell/VERB/4/ccomp "
				+ "border/border/NOUN/9/compound posts/post/NOUN/7/obj ~././PUNCT/4/punct");
		assertTrue(has(d, "Chile", "Bolivia", "11"), show(d));
		assertTrue(has(d, "Peru", "Bolivia", "11"), show(d));
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("Chile") && r.to().equals("Peru")),
				show(d));
	}

	@Test
	void coSpeakersOfAVowAreNotEachOthersTargets() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "vowed/vow/VERB/0/root to/to/PART/6/mark attack/attack/VERB/4/xcomp Bolivia/Bolivia/PROPN/6/obj "
				+ "~././PUNCT/4/punct");
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("Chile") && r.to().equals("Peru")),
				show(d));
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("Peru") && r.to().equals("Chile")),
				show(d));
	}
}
