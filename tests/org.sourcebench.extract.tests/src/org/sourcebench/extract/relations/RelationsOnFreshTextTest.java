package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The default engine (its own parser) on sentences written for this test, not taken from any annotated article:
 * what the parse-based relation reader must find, and, as much, what it must leave out (negated, modal,
 * conditional, planned or denied events; a reporter read as a target).
 */
class RelationsOnFreshTextTest {

	private static boolean any(DocumentExtraction d, String from, String to) {
		return d.relationships().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to));
	}

	@Test
	void aPronounInAReportedClauseIsTheSpeaker() {
		DocumentExtraction d = extract("Russia said it had struck Ukraine's energy facilities overnight.");
		assertTrue(hasRelation(d, "Russia", "Ukraine", "19"), d.relationships().toString());
	}

	@Test
	void nounEventsTakeTheirSidesFromTheNounPhrase() {
		DocumentExtraction war = extract("The fighting between Armenia and Azerbaijan killed dozens of soldiers.");
		assertTrue(hasRelation(war, "Armenia", "Azerbaijan", "19"), war.relationships().toString());
		assertTrue(hasRelation(war, "Azerbaijan", "Armenia", "19"), war.relationships().toString());
		DocumentExtraction strikes = extract("Azerbaijan's strikes on Armenia drew condemnation from France.");
		assertTrue(hasRelation(strikes, "Azerbaijan", "Armenia", "19"), strikes.relationships().toString());
		DocumentExtraction truce = extract("Israel and Hezbollah agreed to a ceasefire brokered by the United States.");
		assertTrue(hasRelation(truce, "Israel", "Hezbollah", "08"), truce.relationships().toString());
		assertTrue(hasRelation(truce, "Hezbollah", "Israel", "08"), truce.relationships().toString());
	}

	@Test
	void aVowToDestroyIsAThreat() {
		DocumentExtraction d = extract("Israel vowed to destroy Hamas after the October attack.");
		assertTrue(hasRelation(d, "Israel", "Hamas", "13"), d.relationships().toString());
	}

	@Test
	void unassertedEventsAreLeftOut() {
		for (String text : new String[] {"Pakistan will not hold talks with India until the violence ends.",
				"If Iran attacks Israel, the United States will respond.",
				"No talks between Israel and Hezbollah are planned.",
				"Ukraine wants to negotiate with Russia, but Moscow refuses.",
				"Iran denied that it supplied drones to Russia."}) {
			DocumentExtraction d = extract(text);
			assertTrue(d.relationships().isEmpty(), text + " -> " + d.relationships());
		}
		DocumentExtraction modal = extract("Venezuela could impose sanctions on Guyana, officials warned.");
		assertFalse(any(modal, "Venezuela", "Guyana"), modal.relationships().toString());
		DocumentExtraction warned = extract("The Houthis may attack ships in the Red Sea, the United States warned.");
		assertFalse(any(warned, "Houthis", "United States"), warned.relationships().toString());
	}

	@Test
	void aDenialRejectsTheOtherSideNeverItsOwn() {
		DocumentExtraction own = extract("The Kremlin denied that Russian jets had bombed a hospital in Aleppo.");
		assertTrue(own.relationships().isEmpty(), own.relationships().toString());
		DocumentExtraction other = extract("Iran denied that Israel had attacked its nuclear facilities.");
		assertTrue(hasRelation(other, "Iran", "Israel", "12"), other.relationships().toString());
	}

	@Test
	void theTopicOfTalksIsNoParty() {
		DocumentExtraction d = extract("Russia and Turkey held talks on Syria in Sochi.");
		assertTrue(hasRelation(d, "Russia", "Turkey", "04"), d.relationships().toString());
		assertTrue(hasRelation(d, "Turkey", "Russia", "04"), d.relationships().toString());
		assertFalse(any(d, "Russia", "Syria") || any(d, "Syria", "Russia") || any(d, "Syria", "Turkey"),
				"Syria is what the talks are about: " + d.relationships());
	}

	@Test
	void supportForAnActorAndFightingAlongsideIt() {
		DocumentExtraction support = extract("The United States expressed support for Israel.");
		assertTrue(hasRelation(support, "United States", "Israel", "05"), support.relationships().toString());
		DocumentExtraction allies = extract("Hezbollah fighters have been fighting alongside Syrian government forces "
				+ "since 2013.");
		assertFalse(any(allies, "Hezbollah", "Syrian government forces")
				&& !hasRelation(allies, "Hezbollah", "Syrian government forces", "06"), allies.relationships().toString());
		assertFalse(hasRelation(allies, "Hezbollah", "Syrian government forces", "19"), allies.relationships().toString());
	}

	@Test
	void theReporterOfAnEventIsNotItsTarget() {
		DocumentExtraction d = extract("Nigeria's army bombed Boko Haram camps, a military spokesman said.");
		assertTrue(d.relationships().stream().noneMatch(r -> r.to().contains("spokesman")),
				d.relationships().toString());
	}

	@Test
	void aPhraseOnOrIntoAfterAVerbIsATopicOrAPlaceNotATarget() {
		DocumentExtraction summit = extract("Saudi Arabia hosted a summit on Yemen, where Oman proposed a ceasefire.");
		assertFalse(any(summit, "Saudi Arabia", "Yemen") || any(summit, "Yemen", "Saudi Arabia"),
				summit.relationships().toString());
		DocumentExtraction talks = extract("Greece hosted talks on Libya with Egypt.");
		assertTrue(hasRelation(talks, "Greece", "Egypt", "04"), talks.relationships().toString());
		assertFalse(any(talks, "Greece", "Libya") || any(talks, "Libya", "Greece"), talks.relationships().toString());
		DocumentExtraction appeal = extract("Russia called on Turkey to withdraw its troops from Syria.");
		assertTrue(hasRelation(appeal, "Russia", "Turkey", "02"), appeal.relationships().toString());
	}

	@Test
	void aPronounTakesNoAntecedentFromAnEarlierSentence() {
		DocumentExtraction d = extract("Russian officials met in Moscow on Tuesday. They later criticised Germany for "
				+ "supplying tanks.");
		assertFalse(any(d, "Russia", "Germany"), d.relationships().toString());
		DocumentExtraction reported = extract("Russia said it had struck Ukraine's energy facilities overnight.");
		assertTrue(hasRelation(reported, "Russia", "Ukraine", "19"), reported.relationships().toString());
	}

	@Test
	void aTripIsNoEventButTheMeetingItWasForIs() {
		DocumentExtraction d = extract("Recep Tayyip Erdogan headed to the Defense Ministry in Moscow to meet with "
				+ "Vladimir Putin.");
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("Recep Tayyip Erdogan")
				&& !r.to().equals("Vladimir Putin")), "a trip is no event: " + d.relationships());
		assertTrue(hasRelation(d, "Recep Tayyip Erdogan", "Vladimir Putin", "04"), d.relationships().toString());
	}
}
