package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Actors, twenty-ninth session on issue 11 (actors29): two actors for one, on sentences written for the test; each
 * test fails with its mechanism switched off. The role-holder tests use the engine without the parser, whose learned
 * coreference would otherwise find the same holders.
 */
class NameTrimsTest {

	@Test
	void thePortfolioOfATitleIsNoPartOfTheName() {
		// actors.domainNames: "Commissioner for Enlargement Jane Roe" is Jane Roe
		DocumentExtraction d = ExtractionFixture.extract("The election was an affront to democracy, EU Commissioner "
				+ "for Enlargement Jane Roe said in a statement on Monday.");
		assertTrue(actor(d, "Jane Roe").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Enlargement Jane Roe").isPresent(), d.actors().toString());
	}

	@Test
	void aQuoteReadWithANameMakesNoSecondActor() {
		// actors.punctuatedTwins: "Solomon Islands’" is the state written before a possessive quote
		DocumentExtraction d = ExtractionFixture.extract("A night curfew will be reintroduced in Solomon Islands\u2019 "
				+ "capital Honiara after the riots, the government of Solomon Islands said on Friday.");
		assertTrue(actor(d, "Solomon Islands").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Solomon Islands\u2019").isPresent(), d.actors().toString());
	}

	@Test
	void anAcronymReadAsAnOutletIsTheBodyItAbbreviates() {
		// actors.mentionTwins: "The AA" is the Arakan Army (AA), not the news agency
		DocumentExtraction d = ExtractionFixture.extract("Five detainees were killed in an air strike in western "
				+ "Rakhine State, according to the Arakan Army (AA), an ethnic armed group, on Sunday. The AA had been "
				+ "holding family members of soldiers there. The AA reported on its Telegram channel that it had "
				+ "planned to release the detainees.");
		assertTrue(actor(d, "Arakan Army").isPresent(), d.actors().toString());
		assertFalse(actor(d, "AA").isPresent(), d.actors().toString());
	}

	@Test
	void aRankBetweenTitleAndNameStillIntroducesTheRole() {
		// coref.roleChains: "the military spokesman" is the person introduced as "military spokesman Major General"
		DocumentExtraction d = ExtractionEngine.withoutParser().extract("Two police officers were killed on Sunday, "
				+ "according to Peruvian military spokesman Major General John Roe. \"We will carry out a "
				+ "counter-insurgency operation,\" the military spokesman said.");
		assertTrue(mentionTexts(actor(d, "John Roe").orElseThrow()).contains("military spokesman"),
				d.actors().toString());
		assertFalse(actor(d, "unnamed military spokesman").isPresent(), d.actors().toString());
	}

	@Test
	void aCountryAdjectiveAndItsPossessiveNameTheSameOwner() {
		// coref.roleCountries: "the Chilean spokesperson" is the person introduced as "Chile's ... Spokesperson"
		DocumentExtraction d = ExtractionEngine.withoutParser().extract("The statement came in response to remarks "
				+ "made by Chile's Border Affairs Office Spokesperson Mary Roe at a press conference on Wednesday. "
				+ "\"The measures do not target the majority of our compatriots,\" the Chilean spokesperson said.");
		assertTrue(mentionTexts(actor(d, "Mary Roe").orElseThrow()).contains("Chilean spokesperson"),
				d.actors().toString());
		assertFalse(actor(d, "unnamed Chilean spokesperson").isPresent(), d.actors().toString());
	}
}
