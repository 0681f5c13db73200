package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Sides of events that the parse does not hang on the event word ({@link NominalFrames}, {@link CoordinatedSides}):
 * a "between" phrase attached to a place after the noun, the participle or relative clause that reports a noun
 * event, "from" agents, lists whose first member the parse put elsewhere. Hand-written parses of sentences written
 * for this test ({@code word/lemma/UPOS/head/relation}, head 1-based), shaped like the parser's errors.
 */
class NominalFramesTest {

	@Test
	void aBetweenPhraseHungOnAPlaceBelongsToTheTalksBeforeIt() {
		DocumentExtraction d = extract("Talks/talk/NOUN/8/nsubj in/in/ADP/3/case Cairo/Cairo/PROPN/1/nmod "
				+ "between/between/ADP/5/case Egypt/Egypt/PROPN/3/nmod and/and/CCONJ/7/cc Israel/Israel/PROPN/5/conj "
				+ "ended/end/VERB/0/root ./././8/punct");
		assertTrue(has(d, "Egypt", "Israel", "04"), d.relationships().toString());
		assertTrue(has(d, "Israel", "Egypt", "04"), d.relationships().toString());
	}

	@Test
	void aBetweenPhraseAfterAClauseIsNotTheNounsOwn() {
		// "talks ended in Cairo between ...": a verb stands between the noun and the phrase
		DocumentExtraction d = extract("Talks/talk/NOUN/2/nsubj ended/end/VERB/0/root in/in/ADP/4/case "
				+ "Cairo/Cairo/PROPN/2/obl between/between/ADP/6/case Egypt/Egypt/PROPN/4/nmod and/and/CCONJ/8/cc "
				+ "Israel/Israel/PROPN/6/conj ./././2/punct");
		assertFalse(any(d, "Egypt", "Israel"), d.relationships().toString());
	}

	@Test
	void theAgentsOfALightVerbParticipleAreTheSidesOfTheNoun() {
		DocumentExtraction d = extract("The/the/DET/2/det truce/truce/NOUN/8/nsubj agreed/agree/VERB/2/acl "
				+ "by/by/ADP/5/case Iran/Iran/PROPN/3/obl:agent and/and/CCONJ/7/cc Iraq/Iraq/PROPN/5/conj "
				+ "held/hold/VERB/0/root ./././8/punct");
		assertTrue(has(d, "Iran", "Iraq", "08"), d.relationships().toString());
		assertTrue(has(d, "Iraq", "Iran", "08"), d.relationships().toString());
		// a participle that is no report of the event names no side of it
		DocumentExtraction condemned = extract("The/the/DET/2/det truce/truce/NOUN/8/nsubj "
				+ "condemned/condemn/VERB/2/acl by/by/ADP/5/case Iran/Iran/PROPN/3/obl:agent and/and/CCONJ/7/cc "
				+ "Iraq/Iraq/PROPN/5/conj collapsed/collapse/VERB/0/root ./././8/punct");
		assertFalse(has(condemned, "Iran", "Iraq", "08"), condemned.relationships().toString());
	}

	@Test
	void theSubjectOfALightVerbRelativeClauseHoldsTheTalks() {
		DocumentExtraction d = extract("The/the/DET/2/det talks/talk/NOUN/7/nsubj Russia/Russia/PROPN/4/nsubj "
				+ "held/hold/VERB/2/acl:relcl with/with/ADP/6/case Turkey/Turkey/PROPN/4/obl ended/end/VERB/0/root "
				+ "./././7/punct");
		assertTrue(has(d, "Russia", "Turkey", "04"), d.relationships().toString());
		assertTrue(has(d, "Turkey", "Russia", "04"), d.relationships().toString());
	}

	@Test
	void aFromPhraseNamesWhoGivesTheBacking() {
		DocumentExtraction d = extract("Backing/backing/NOUN/6/nsubj from/from/ADP/3/case Russia/Russia/PROPN/1/nmod "
				+ "for/for/ADP/5/case Syria/Syria/PROPN/1/nmod grew/grow/VERB/0/root ./././6/punct");
		assertTrue(has(d, "Russia", "Syria", "07"), d.relationships().toString());
		assertFalse(any(d, "Syria", "Russia"), d.relationships().toString());
	}

	@Test
	void theFirstMemberOfAListParsedIntoATitleStillMeetsTheOthers() {
		DocumentExtraction d = extract("Leaders/leader/NOUN/0/root Xi/Xi/PROPN/1/flat Jinping/Jinping/PROPN/2/flat "
				+ ",/,/PUNCT/5/punct Vladimir/Vladimir/PROPN/10/nsubj Putin/Putin/PROPN/5/flat and/and/CCONJ/10/cc "
				+ "Narendra/Narendra/PROPN/10/nsubj Modi/Modi/PROPN/8/flat met/meet/VERB/1/conj ./././10/punct");
		assertTrue(has(d, "Xi Jinping", "Vladimir Putin", "04"), d.relationships().toString());
		assertTrue(has(d, "Narendra Modi", "Xi Jinping", "04"), d.relationships().toString());
	}

	@Test
	void aPrepositionalPhraseBeforeAListIsNoMember() {
		DocumentExtraction d = extract("After/after/ADP/2/case Erdogan/Erdogan/PROPN/7/obl ,/,/PUNCT/2/punct "
				+ "Putin/Putin/PROPN/7/nsubj and/and/CCONJ/6/cc Lavrov/Lavrov/PROPN/4/conj met/meet/VERB/0/root "
				+ "Xi/Xi/PROPN/7/obj Jinping/Jinping/PROPN/8/flat ./././7/punct");
		assertTrue(any(d, "Vladimir Putin", "Xi Jinping"), d.relationships().toString());
		assertFalse(any(d, "Recep Tayyip Erdogan", "Xi Jinping"), d.relationships().toString());
	}
}
