package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Diplomatic acts ({@link DiplomaticActs}): summoning and expelling envoys, recalling them, cutting ties and closing
 * borders, declaring an envoy unwelcome. Hand-written parses of sentences written for this test, in the format of
 * {@link HandParses}.
 */
class DiplomaticActsTest {

	@Test
	void summoningANamedEnvoyCriticisesTheEnvoyNotTheCountry() {
		DocumentExtraction d = afterProtestBy("Peru", "Chile/Chile/PROPN/2/nsubj summoned/summon/VERB/0/root "
				+ "Ambassador/Ambassador/PROPN/4/nmod:desc Tomas/Tomas/PROPN/2/obj on/on/ADP/6/case "
				+ "Monday/Monday/PROPN/2/obl ./././2/punct");
		assertTrue(has(d, "Chile", "Tomas", "11"), d.relationships().toString());
		assertFalse(any(d, "Chile", "Peru"), "the envoy is summoned, not the country: " + d.relationships());
	}

	@Test
	void anEnvoyTheDocumentDoesNotNameIsAnActorOfItsOwnAndTheTarget() {
		// actors.unnamedOfficials (DECISIONS R6: a summons is 11 to the summoned envoy, not to the country)
		DocumentExtraction d = afterProtestBy("Peru", "Chile/Chile/PROPN/2/nsubj summoned/summon/VERB/0/root "
				+ "Peru/Peru/PROPN/5/nmod:poss ~'s/'s/PART/3/case ambassador/ambassador/NOUN/2/obj ./././2/punct");
		assertFalse(any(d, "Chile", "Peru"), d.relationships().toString());
		assertTrue(has(d, "Chile", "Peruvian ambassador", "11"), d.relationships().toString());
	}

	@Test
	void theEnvoyTheDocumentNamesIsTheOneSummoned() {
		List<ParsedSentence> doc = HandParses.document(
				"The/the/DET/3/det Chilean/Chilean/ADJ/3/amod ambassador/ambassador/NOUN/4/nmod:desc "
						+ "Tomas/Tomas/PROPN/6/nsubj ~,/,/PUNCT/4/punct arrived/arrive/VERB/0/root ~./././6/punct",
				"Peru/Peru/PROPN/2/nsubj expelled/expell/VERB/0/root the/the/DET/5/det Chilean/Chilean/ADJ/5/amod "
						+ "ambassador/ambassador/NOUN/2/obj ~./././2/punct");
		String body = "The Chilean ambassador Tomas, arrived. Peru expelled the Chilean ambassador.";
		assertEquals(body.length(), doc.get(1).end(doc.get(1).size() - 1), "the parses spell the body");
		DocumentExtraction d = ExtractionEngine.withParser(b -> doc).extract(body);
		assertTrue(has(d, "Peru", "Tomas", "16"), d.relationships().toString());
		assertTrue(d.actors().stream().noneMatch(a -> a.name().equals("Chilean ambassador")),
				"no second Chilean envoy made up: " + d.actors());
		assertFalse(any(d, "Peru", "Chile"), "the expulsion is no act on Chile: " + d.relationships());
	}

	/** The one-sentence document of {@code tokens} after a sentence that makes {@code other} an actor. */
	private static DocumentExtraction afterProtestBy(String other, String tokens) {
		List<ParsedSentence> doc = HandParses.document(other + "/" + other + "/PROPN/2/nsubj protested/protest/VERB/0/root "
				+ "~./././2/punct", tokens);
		String first = HandParses.body(doc.get(0));
		String body = first + " " + HandParses.body(doc.get(1)).substring(first.length() + 1);
		return ExtractionEngine.withParser(b -> doc).extract(body);
	}

	@Test
	void aRecalledEnvoysHostIsTheTarget() {
		DocumentExtraction d = afterProtestBy("Brazil", "Bolivia/Bolivia/PROPN/2/nsubj recalled/recall/VERB/0/root "
				+ "its/its/PRON/4/nmod:poss ambassador/ambassador/NOUN/2/obj in/in/ADP/6/case Brazil/Brazil/PROPN/4/nmod "
				+ "./././2/punct");
		assertTrue(has(d, "Bolivia", "Brazil", "16"), d.relationships().toString());
		assertFalse(any(d, "Brazil", "Bolivia"), "a recall is not mutual: " + d.relationships());
	}

	@Test
	void closingTheBorderWithANeighbourReducesRelationsOneWay() {
		DocumentExtraction d = afterProtestBy("Togo", "Ghana/Ghana/PROPN/2/nsubj closed/close/VERB/0/root "
				+ "its/its/PRON/4/nmod:poss border/border/NOUN/2/obj with/with/ADP/6/case Togo/Togo/PROPN/2/obl "
				+ "./././2/punct");
		assertTrue(has(d, "Ghana", "Togo", "16"), d.relationships().toString());
		assertFalse(has(d, "Ghana", "Togo", "17"), "no blockade beside the act: " + d.relationships());
		assertFalse(any(d, "Togo", "Ghana"), d.relationships().toString());
	}

	@Test
	void severingTiesIsEnteredFromTheAgentOnly() {
		DocumentExtraction d = afterProtestBy("Togo", "Ghana/Ghana/PROPN/2/nsubj severed/sever/VERB/0/root "
				+ "diplomatic/diplomatic/ADJ/4/amod ties/tie/NOUN/2/obj with/with/ADP/6/case Togo/Togo/PROPN/4/nmod "
				+ "./././2/punct");
		assertTrue(has(d, "Ghana", "Togo", "16"), d.relationships().toString());
		assertFalse(any(d, "Togo", "Ghana"), d.relationships().toString());
	}

	@Test
	void theReportingAgentCutsTheTiesItSpeaksOf() {
		DocumentExtraction d = afterProtestBy("Togo", "Ghana/Ghana/PROPN/2/nsubj said/say/VERB/0/root "
				+ "it/it/PRON/5/nsubj had/have/AUX/5/aux closed/close/VERB/2/ccomp the/the/DET/7/det "
				+ "border/border/NOUN/5/obj with/with/ADP/9/case Togo/Togo/PROPN/7/nmod ./././2/punct");
		assertTrue(has(d, "Ghana", "Togo", "16"), d.relationships().toString());
	}

	@Test
	void anEnvoyDeclaredUnwelcomeIsExpelled() {
		DocumentExtraction d = afterProtestBy("Cuba", "Panama/Panama/PROPN/2/nsubj declared/declare/VERB/0/root "
				+ "Ambassador/Ambassador/PROPN/4/nmod:desc Tomas/Tomas/PROPN/5/compound persona/persona/NOUN/2/obj "
				+ "non/non/ADV/2/advmod grata/grata/X/6/goeswith ./././2/punct");
		assertTrue(has(d, "Panama", "Tomas", "16"), d.relationships().toString());
		assertFalse(any(d, "Panama", "Cuba"), d.relationships().toString());
	}

	@Test
	void aFutureOrNegatedActIsNone() {
		DocumentExtraction future = afterProtestBy("Peru", "Chile/Chile/PROPN/3/nsubj will/will/AUX/3/aux "
				+ "summon/summon/VERB/0/root Ambassador/Ambassador/PROPN/5/nmod:desc Tomas/Tomas/PROPN/3/obj "
				+ "./././3/punct");
		assertFalse(any(future, "Chile", "Tomas"), future.relationships().toString());
		DocumentExtraction negated = afterProtestBy("Togo", "Ghana/Ghana/PROPN/4/nsubj did/do/AUX/4/aux "
				+ "not/not/PART/4/advmod close/close/VERB/0/root its/its/PRON/6/nmod:poss border/border/NOUN/4/obj "
				+ "with/with/ADP/8/case Togo/Togo/PROPN/4/obl ./././4/punct");
		assertFalse(has(negated, "Ghana", "Togo", "16"), negated.relationships().toString());
	}

	@Test
	void expellingFightersIsNoDiplomaticAct() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj expelled/expell/VERB/0/root Peru/Peru/PROPN/5/nmod:poss "
				+ "~'s/'s/PART/3/case soldiers/soldier/NOUN/2/obj ./././2/punct");
		assertTrue(d.actors().stream().noneMatch(a -> a.name().endsWith(" soldier")), d.actors().toString());
		assertFalse(has(d, "Chile", "Peruvian soldier", "16"), d.relationships().toString());
	}
}
