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
 * Relation sides that are no names ({@link GroupSides}, switch {@code relations.group-sides}): counted groups bound
 * to the pair named just before them or to country adjectives, delegates of a counted group, and country adjectives
 * as the agents of event nouns. Hand-written parses of sentences written for this test (format of
 * {@link HandParses}).
 */
class GroupSidesTest {

	@Test
	void bothSidesAreThePairOfCountryAdjectivesBeforeThem() {
		DocumentExtraction d = document("Chile/Chile/PROPN/2/nsubj exists/exist/VERB/0/root ./././2/punct",
				"Peru/Peru/PROPN/2/nsubj exists/exist/VERB/0/root ./././2/punct",
				"Chilean/Chilean/ADJ/4/amod and/and/CCONJ/3/cc Peruvian/Peruvian/ADJ/1/conj "
						+ "delegates/delegate/NOUN/5/nsubj gathered/gather/VERB/0/root ./././5/punct",
				"Both/both/DET/2/det sides/side/NOUN/3/nsubj agreed/agree/VERB/0/root to/to/PART/5/mark "
						+ "reopen/reopen/VERB/3/xcomp the/the/DET/7/det border/border/NOUN/5/obj ./././3/punct");
		assertTrue(has(d, "Chile", "Peru", "03") && has(d, "Peru", "Chile", "03"), d.relationships().toString());
	}

	@Test
	void bothAsAPreconjunctCountsTheGroup() {
		// the parse makes "both" a preconjunct of "countries" although no conjunction follows
		DocumentExtraction d = document("Chile/Chile/PROPN/3/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "disagree/disagree/VERB/0/root ./././4/punct",
				"In/in/ADP/2/case May/May/PROPN/5/obl both/both/CCONJ/4/cc:preconj countries/country/NOUN/5/nsubj "
						+ "agreed/agree/VERB/0/root to/to/PART/7/mark reopen/reopen/VERB/5/xcomp the/the/DET/9/det "
						+ "border/border/NOUN/7/obj ./././5/punct");
		assertTrue(has(d, "Chile", "Peru", "03") && has(d, "Peru", "Chile", "03"), d.relationships().toString());
	}

	@Test
	void coordinatedSubjectsAccusingEachOtherAccuseBothWays() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "accused/accuse/VERB/0/root each/each/DET/6/det other/other/ADJ/4/obj of/of/SCONJ/8/mark "
				+ "cheating/cheat/VERB/4/advcl ./././4/punct");
		assertTrue(has(d, "Chile", "Peru", "11") && has(d, "Peru", "Chile", "11"), d.relationships().toString());
	}

	@Test
	void representativesOfTheTwoCountriesStandForThem() {
		DocumentExtraction d = document("Chile/Chile/PROPN/3/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "disagree/disagree/VERB/0/root ./././4/punct",
				"Representatives/representative/NOUN/6/nsubj of/of/ADP/5/case the/the/DET/5/det two/two/NUM/5/nummod "
						+ "countries/country/NOUN/1/nmod met/meet/VERB/0/root ./././6/punct");
		assertTrue(has(d, "Chile", "Peru", "04") && has(d, "Peru", "Chile", "04"), d.relationships().toString());
	}

	@Test
	void aCountryAdjectiveIsTheAgentOfAnEventNoun() {
		// the state is named in the story; the event's sentence names it only by its adjective
		DocumentExtraction d = document("Chile/Chile/PROPN/2/nsubj exists/exist/VERB/0/root ./././2/punct",
				"A/a/DET/3/det Chilean/Chilean/ADJ/3/amod airstrike/airstrike/NOUN/6/nsubj on/on/ADP/5/case "
						+ "Peru/Peru/PROPN/3/nmod killed/kill/VERB/0/root two/two/NUM/8/nummod "
						+ "people/people/NOUN/6/obj ./././6/punct");
		assertTrue(has(d, "Chile", "Peru", "19"), d.relationships().toString());
		assertFalse(any(d, "Peru", "Chile"), d.relationships().toString());
	}

	/** Extracts a document of several hand-parsed sentences, joined by single spaces. */
	private static DocumentExtraction document(String... sentences) {
		List<ParsedSentence> parsed = HandParses.document(sentences);
		String body = parsed.stream().map(HandParses::body).map(String::strip).collect(Collectors.joining(" "));
		return ExtractionEngine.withParser(b -> parsed).extract(body);
	}
}
