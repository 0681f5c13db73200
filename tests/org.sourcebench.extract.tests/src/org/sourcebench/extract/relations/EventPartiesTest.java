package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Who takes part in events stated as nouns or shared by several parties ({@link EventParties}): lists, counted
 * groups, agreements and events the subjects are engaged in, on hand-written parses of sentences written for this test (format of {@link HandParses}), parsed the way our
 * parser gets such sentences wrong.
 */
class EventPartiesTest {

	@Test
	void aMutualEventTakesEveryMemberOfTheListItsSubjectStandsIn() {
		// the parse leaves the list's first member out of the verb's subjects
		DocumentExtraction d = extract("Envoys/envoy/NOUN/0/root of/of/ADP/3/case Chile/Chile/PROPN/1/nmod "
				+ ",/,/PUNCT/5/punct Peru/Peru/PROPN/8/nsubj and/and/CCONJ/7/cc Bolivia/Bolivia/PROPN/8/nsubj "
				+ "met/meet/VERB/1/conj ./././1/punct");
		assertTrue(has(d, "Chile", "Peru", "04") && has(d, "Bolivia", "Chile", "04"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Bolivia", "04"), d.relationships().toString());
	}

	@Test
	void aListStopsAtTheSubjectOfAnotherClause() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj met/meet/VERB/0/root Peru/Peru/PROPN/2/obj "
				+ ",/,/PUNCT/6/punct and/and/CCONJ/6/cc Bolivia/Bolivia/PROPN/7/nsubj said/say/VERB/2/conj "
				+ "nothing/nothing/PRON/7/obj ./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "04"), d.relationships().toString());
		assertFalse(any(d, "Chile", "Bolivia"), d.relationships().toString());
	}

	@Test
	void theTwoCountriesAreTheTwoOfTheListBeforeThem() {
		DocumentExtraction d = document("Chile/Chile/PROPN/3/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "disagree/disagree/VERB/0/root ./././4/punct",
				"Bolivia/Bolivia/PROPN/2/nsubj spoke/speak/VERB/0/root ./././2/punct",
				"The/the/DET/2/det talks/talk/NOUN/7/nsubj between/between/ADP/6/case the/the/DET/6/det "
						+ "two/two/NUM/6/nummod countries/country/NOUN/2/nmod resumed/resume/VERB/0/root "
						+ "./././7/punct");
		assertTrue(has(d, "Chile", "Peru", "04") && has(d, "Peru", "Chile", "04"), d.relationships().toString());
		assertFalse(any(d, "Bolivia", "Chile") || any(d, "Peru", "Bolivia"), d.relationships().toString());
	}

	@Test
	void aCountedGroupWithoutAListOfThatManyNamesNobody() {
		DocumentExtraction d = document("Chile/Chile/PROPN/2/nsubj spoke/speak/VERB/0/root ./././2/punct",
				"The/the/DET/2/det talks/talk/NOUN/7/nsubj between/between/ADP/6/case the/the/DET/6/det "
						+ "three/three/NUM/6/nummod countries/country/NOUN/2/nmod resumed/resume/VERB/0/root "
						+ "./././7/punct");
		assertTrue(d.relationships().isEmpty(), d.relationships().toString());
	}

	@Test
	void anAgreementBetweenTwoSidesIsCooperationBothWays() {
		DocumentExtraction d = extract("The/the/DET/2/det agreement/agreement/NOUN/7/nsubj between/between/ADP/4/case "
				+ "Chile/Chile/PROPN/2/nmod and/and/CCONJ/6/cc Peru/Peru/PROPN/4/conj took/take/VERB/0/root "
				+ "effect/effect/NOUN/7/obj ./././7/punct");
		assertTrue(has(d, "Chile", "Peru", "05") && has(d, "Peru", "Chile", "05"), d.relationships().toString());
	}

	@Test
	void subjectsInTalksMeetEachOther() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/7/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "have/have/AUX/7/aux been/be/AUX/7/cop in/in/ADP/7/case talks/talk/NOUN/0/root "
				+ "since/since/ADP/9/case May/May/PROPN/7/nmod ./././7/punct");
		assertTrue(has(d, "Chile", "Peru", "04") && has(d, "Peru", "Chile", "04"), d.relationships().toString());
	}

	@Test
	void theGroupWithNoArmedGroupBeforeItNamesNobody() {
		DocumentExtraction d = document("Chile/Chile/PROPN/2/nsubj spoke/speak/VERB/0/root ./././2/punct",
				"Israel/Israel/PROPN/2/nsubj bombed/bomb/VERB/0/root the/the/DET/4/det group/group/NOUN/2/obj "
						+ "overnight/overnight/ADV/2/advmod ./././2/punct");
		assertTrue(d.relationships().isEmpty(), d.relationships().toString());
	}

	@Test
	void aBackerModifiesTheGroupItStandsFor() {
		// "the Iran-backed group": the modified noun names no actor of its own, it stands for Hezbollah
		DocumentExtraction d = document("Hezbollah/Hezbollah/PROPN/2/nsubj fired/fire/VERB/0/root "
				+ "rockets/rocket/NOUN/2/obj ./././2/punct",
				"Israel/Israel/PROPN/2/nsubj warned/warn/VERB/0/root the/the/DET/7/det Iran/Iran/PROPN/6/compound "
						+ "~-/-/PUNCT/4/punct ~backed/back/VERB/7/amod group/group/NOUN/2/obj ./././2/punct");
		assertTrue(has(d, "Iran", "Hezbollah", "07"), d.relationships().toString());
		assertTrue(has(d, "Israel", "Hezbollah", "13"), d.relationships().toString());
	}

	/** Extracts a document of several hand-parsed sentences, joined by single spaces. */
	private static DocumentExtraction document(String... sentences) {
		List<ParsedSentence> parsed = HandParses.document(sentences);
		String body = parsed.stream().map(HandParses::body).map(String::strip).collect(Collectors.joining(" "));
		return ExtractionEngine.withParser(b -> parsed).extract(body);
	}
}
