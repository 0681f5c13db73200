package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The seventeenth session's sides of verbal, consultative and diplomatic events, on sentences made up for the test;
 * each test fails with its switch off: a title with a person's name in apposition is that person, with the persons
 * coordinated with it ({@link TitledNames}, {@code relations.titled-names}); the word-window agent before an
 * appositive description is the described actor ({@code relations.described-agents}); hosting runs host to guest, a
 * window agent before "talks between X and Y" is no party, and "their meeting" in a time phrase was held by the
 * clause's parties ({@link MeetingParties}, {@code relations.meeting-parties}).
 */
class Sides17Test {

	@Test
	void aTitleWithANameInAppositionIsThatPerson() {
		DocumentExtraction d = ExtractionFixture.extract("Bolivian President Luis Arce has hosted his Chilean "
				+ "counterpart Gabriel Boric and Peruvian President Dina Boluarte at the presidential palace in La Paz.");
		assertTrue(hasRelation(d, "Luis Arce", "Gabriel Boric", "04"), d.relationships().toString());
		assertTrue(hasRelation(d, "Luis Arce", "Dina Boluarte", "04"), d.relationships().toString());
	}

	@Test
	void theAgentBeforeAnAppositiveDescriptionIsTheDescribedActor() {
		DocumentExtraction d = ExtractionFixture.extract("Ana Torres, the powerful sister of Peruvian leader Jorge "
				+ "Torres, on Saturday warned Chile of a horrible disaster if Chilean drones are found over Lima.");
		assertTrue(hasRelation(d, "Ana Torres", "Chile", "13"), d.relationships().toString());
		assertFalse(hasRelation(d, "Jorge Torres", "Chile", "13"), d.relationships().toString());
	}

	@Test
	void theHostIsNoPartyOfTheTalksItHostsAndTheirMeetingHasTheClausesParties() {
		DocumentExtraction d = ExtractionFixture.extract("Argentina has hosted a series of talks between Chile and "
				+ "Bolivia, with the aim of resolving the dispute over the Silala river.");
		assertTrue(hasRelation(d, "Argentina", "Chile", "04"), d.relationships().toString());
		assertTrue(hasRelation(d, "Chile", "Bolivia", "04"), d.relationships().toString());
		assertFalse(hasRelation(d, "Chile", "Argentina", "04"), d.relationships().toString());
		DocumentExtraction m = ExtractionFixture.extract("Chile and Peru agreed to reopen the border crossing on "
				+ "Monday. During their meeting on Monday, Gabriel Boric and Dina Boluarte underlined the urgent need "
				+ "to allow trade across the border.");
		assertTrue(hasRelation(m, "Gabriel Boric", "Dina Boluarte", "04"), m.relationships().toString());
	}
}
