package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Verb events and their codes: denials of an accusation aimed at its author ({@link Denials}), the agent a country
 * adjective names on a criticised act, seizures by armed actors coded as fighting ({@link CodeRefiner#byForce}),
 * "not only" as no negation ({@link EventCoder#notOnly}) and threats left to the parse ({@link RelationExtractor}).
 * Hand-written parses ({@link HandParses}) of sentences written for this test.
 */
class VerbEventsTest {

	@Test
	void denyingTheAccusationsRejectsWhoeverMadeThem() {
		DocumentExtraction d = document(
				"Chile/Chile/PROPN/2/nsubj accused/accuse/VERB/0/root Peru/Peru/PROPN/2/obj of/of/SCONJ/5/mark "
						+ "hosting/host/VERB/2/advcl rebels/rebel/NOUN/5/obj ~./././2/punct",
				"Peru/Peru/PROPN/2/nsubj denies/deny/VERB/0/root the/the/DET/4/det "
						+ "accusations/accusation/NOUN/2/obj ~./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "12"), "the denial rejects the accuser: " + d.relationships());
	}

	@Test
	void aChargeTheAccusedRejectsInTheSameSentence() {
		DocumentExtraction d = document("Bolivia/Bolivia/PROPN/2/nsubj blames/blame/VERB/0/root "
				+ "Chile/Chile/PROPN/2/obj for/for/ADP/6/case the/the/DET/6/det attacks/attack/NOUN/2/obl "
				+ "~,/,/PUNCT/9/punct a/a/DET/9/det charge/charge/NOUN/6/appos that/that/PRON/12/obj "
				+ "Chile/Chile/PROPN/12/nsubj rejects/reject/VERB/9/acl:relcl ~./././2/punct");
		assertTrue(has(d, "Chile", "Bolivia", "12"), d.relationships().toString());
		assertFalse(any(d, "Bolivia", "Bolivia"), d.relationships().toString());
	}

	@Test
	void aDenialOfAnOwnedClaimIsLeftToTheParseReader() {
		DocumentExtraction d = document(
				"Chile/Chile/PROPN/2/nsubj accused/accuse/VERB/0/root Peru/Peru/PROPN/2/obj ~./././2/punct",
				"Peru/Peru/PROPN/2/nsubj denied/deny/VERB/0/root Bolivia/Bolivia/PROPN/5/nmod:poss ~'s/'s/PART/3/case "
						+ "claim/claim/NOUN/2/obj ~./././2/punct");
		assertTrue(has(d, "Peru", "Bolivia", "12"), d.relationships().toString());
		assertFalse(any(d, "Peru", "Chile"), "the denied claim is Bolivia's: " + d.relationships());
	}

	@Test
	void condemningAnActACountryAdjectiveQualifiesCondemnsThatCountry() {
		DocumentExtraction d = document("Israel/Israel/PROPN/2/nsubj protested/protest/VERB/0/root ~./././2/punct",
				"Chile/Chile/PROPN/2/nsubj condemned/condemn/VERB/0/root an/a/DET/5/det Israeli/Israeli/ADJ/5/amod "
						+ "strike/strike/NOUN/2/obj ~./././2/punct");
		assertTrue(has(d, "Chile", "Israel", "11"), d.relationships().toString());
	}

	@Test
	void aStateSeizingAnotherStatesShipsFights() {
		DocumentExtraction d = document("Peru/Peru/PROPN/2/nsubj seized/seize/VERB/0/root Chile/Chile/PROPN/5/nmod:poss "
				+ "~'s/'s/PART/3/case boats/boat/NOUN/2/obj ~./././2/punct");
		assertTrue(has(d, "Peru", "Chile", "19"), d.relationships().toString());
		assertFalse(has(d, "Peru", "Chile", "17"), "no second reading as coercion: " + d.relationships());
	}

	@Test
	void aSeizureByAPersonStaysCoercion() {
		assertEquals("171", CodeRefiner.byForce("171", org.sourcebench.model.ActorKind.PERSON));
		assertEquals("19", CodeRefiner.byForce("1712", org.sourcebench.model.ActorKind.MILITARY));
		assertEquals("173", CodeRefiner.byForce("173", org.sourcebench.model.ActorKind.MILITARY), "an arrest stays");
	}

	@Test
	void notOnlyIsNoNegation() {
		DocumentExtraction d = document("Chile/Chile/PROPN/4/nsubj not/not/PART/4/advmod only/only/ADV/4/advmod "
				+ "condemned/condemn/VERB/0/root Peru/Peru/PROPN/4/obj but/but/CCONJ/7/cc Bolivia/Bolivia/PROPN/5/conj "
				+ "~./././4/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), d.relationships().toString());
		DocumentExtraction negated = document("Chile/Chile/PROPN/3/nsubj not/not/PART/3/advmod "
				+ "condemned/condemn/VERB/0/root Peru/Peru/PROPN/3/obj ~./././3/punct");
		assertFalse(any(negated, "Chile", "Peru"), negated.relationships().toString());
	}

	@Test
	void aThreatTheParseDoesNotReadIsNoWindowThreat() {
		// "threatened" qualifies "increases": nobody threatens Ecuador in a clause of its own
		DocumentExtraction d = document("Peru/Peru/PROPN/3/nmod:poss ~'s/'s/PART/1/case tariffs/tariff/NOUN/14/nsubj "
				+ "on/on/ADP/5/case Chile/Chile/PROPN/3/nmod and/and/CCONJ/7/cc Bolivia/Bolivia/PROPN/5/conj "
				+ "~,/,/PUNCT/11/punct and/and/CCONJ/11/cc threatened/threaten/VERB/11/amod "
				+ "increases/increase/NOUN/3/conj on/on/ADP/13/case Ecuador/Ecuador/PROPN/11/nmod "
				+ "hurt/hurt/VERB/0/root trade/trade/NOUN/14/obj ~./././14/punct");
		assertFalse(any(d, "Bolivia", "Ecuador") || any(d, "Chile", "Ecuador"), d.relationships().toString());
	}

	private static DocumentExtraction document(String... sentences) {
		List<ParsedSentence> doc = HandParses.document(sentences);
		StringBuilder body = new StringBuilder();
		for (ParsedSentence s : doc) {
			body.append(body.length() == 0 ? "" : " ").append(HandParses.body(s).substring(s.start(0)));
		}
		assertEquals(body.length(), doc.get(doc.size() - 1).end(doc.get(doc.size() - 1).size() - 1),
				"the parses spell the body");
		return ExtractionEngine.withParser(b -> doc).extract(body.toString());
	}
}
