package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

class RelationExtractorTest {

	@Test
	void accusationIsCodedEleven() {
		DocumentExtraction d = extract("Russia's Foreign Ministry accused the United States of violating the deal.");
		assertTrue(hasRelation(d, "Russian Foreign Ministry", "United States", "11"), d.relationships().toString());
	}

	@Test
	void meetingBetweenCoordinatedAgentsGoesBothWays() {
		DocumentExtraction d = extract("Representatives of Iran and Turkey held talks in Tehran on Monday.");
		assertTrue(hasRelation(d, "Iran", "Turkey", "04"));
		assertTrue(hasRelation(d, "Turkey", "Iran", "04"));
	}

	@Test
	void sanctionsAndAirstrikesAreMaterialConflict() {
		DocumentExtraction d = extract("The US Treasury imposed new sanctions on Iran. "
				+ "Israeli jets struck Hezbollah positions near the border.");
		assertTrue(hasRelation(d, "US Treasury", "Iran", "16"), d.relationships().toString());
		assertTrue(hasRelation(d, "Israeli Air Force", "Hezbollah", "19"), d.relationships().toString());
	}

	@Test
	void negatedFutureAndHypotheticalEventsAreLeftOut() {
		DocumentExtraction d = extract("Turkey will not attack the SDF. Iran could condemn Israel. "
				+ "Saudi Arabia did not meet Qatar.");
		assertTrue(d.relationships().isEmpty(), d.relationships().toString());
	}

	@Test
	void nominalEventTakesItsAgentsFromTheByPhrase() {
		DocumentExtraction d = extract("Damascus condemned the airstrikes by the United States and France on Syrian "
				+ "government positions.");
		assertTrue(hasRelation(d, "France", "Syria", "19"), d.relationships().toString());
		assertFalse(hasRelation(d, "Syria", "Syria", "11"));
	}

	@Test
	void titledSecondConjunctJoinsASymmetricEvent() {
		DocumentExtraction d = extract("Rouhani and Russian President Vladimir Putin discussed the crisis by phone on "
				+ "Monday, the Iranian presidency said.");
		assertTrue(hasRelation(d, "Hassan Rouhani", "Vladimir Putin", "04"), d.relationships().toString());
		assertTrue(hasRelation(d, "Vladimir Putin", "Hassan Rouhani", "04"), d.relationships().toString());
		assertEquals(2, d.relationships().size(), "the reporting presidency is no target: " + d.relationships());
	}

	@Test
	void passiveBackingAndAsideKeepTheirRoles() {
		DocumentExtraction d = extract("Iraqi army troops, backed by US warplanes, recaptured the town from Islamic State.");
		assertTrue(hasRelation(d, "US Air Force", "Iraqi military", "07"), d.relationships().toString());
		assertTrue(hasRelation(d, "Iraqi military", "Islamic State", "19"), d.relationships().toString());
		assertFalse(hasRelation(d, "US Air Force", "Islamic State", "19"), d.relationships().toString());
	}

	@Test
	void coordinatedVerbKeepsTheSubjectAndResolvesHim() {
		DocumentExtraction d = extract("Angela Merkel spoke by phone with Vladimir Putin and urged him to act.");
		assertTrue(hasRelation(d, "Angela Merkel", "Vladimir Putin", "02"), d.relationships().toString());
	}

	@Test
	void chargesAndNegativeObjectsAreNoEvents() {
		DocumentExtraction d = extract("Ankara accused Washington of arming the YPG. The SDF received no weapons.");
		assertTrue(hasRelation(d, "Turkey", "United States", "11"), d.relationships().toString());
		assertFalse(d.relationships().stream().anyMatch(r -> r.root().equals("07")), d.relationships().toString());
	}

	@Test
	void aCountryAdjectiveCanNameTheTarget() {
		DocumentExtraction d = extract("Riyadh announced a new plan. Tehran condemned the Saudi move.");
		assertTrue(hasRelation(d, "Iran", "Saudi Arabia", "11"), d.relationships().toString());
	}

	@Test
	void aNameAfterACommaIsAnAppositionNotASecondAgent() {
		DocumentExtraction d = org.sourcebench.extract.ExtractionEngine.withoutParser().extract(
				"The envoy of Peru to the United Nations, Luis Ortega, held a meeting with Nicolas Maduro.");
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("United Nations")
				|| r.to().equals("United Nations")), d.relationships().toString());
		DocumentExtraction list = org.sourcebench.extract.ExtractionEngine.withoutParser().extract(
				"Peru, Chile and Colombia held talks on Tuesday.");
		assertTrue(hasRelation(list, "Peru", "Chile", "04"), list.relationships().toString());
		assertTrue(hasRelation(list, "Colombia", "Peru", "04"), list.relationships().toString());
	}

	@Test
	void anActorInsideAnAsideBeforeTheVerbIsNotItsAgent() {
		DocumentExtraction d = org.sourcebench.extract.ExtractionEngine.withoutParser().extract(
				"The army delegation, headed by Peru's envoy to the United Nations, accused the Colombian "
						+ "government of lying.");
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("United Nations")),
				d.relationships().toString());
		DocumentExtraction named = org.sourcebench.extract.ExtractionEngine.withoutParser().extract(
				"Venezuela, backed by Russia, accused Colombia of lying.");
		assertTrue(hasRelation(named, "Venezuela", "Colombia", "11"), named.relationships().toString());
	}
}
