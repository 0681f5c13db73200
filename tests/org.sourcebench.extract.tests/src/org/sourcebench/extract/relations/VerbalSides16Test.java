package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The sixteenth session's verbal-conflict and consult family, on sentences made up for the test; each assertion
 * fails with its switch off: members listed for a group noun are one side and a call for someone is an appeal to
 * them, not talks among its issuers ({@link ListBlocs}, {@link AppealCalls}, {@code relations.same-side}), a speaker does not criticise the side its title names ({@link TitledSide},
 * {@code relations.titled-side}), a terror designation is a sanction ({@link Designations}, {@code relations.designations}).
 */
class VerbalSides16Test {

	@Test
	void membersListedForAGroupDoNotMeetEachOther() {
		DocumentExtraction d = ExtractionFixture.extract("Estonia and the three Nordic countries -- Sweden, Norway, "
				+ "and Finland -- held talks in Tallinn on Monday.");
		assertTrue(hasRelation(d, "Estonia", "Sweden", "04"), d.relationships().toString());
		assertFalse(hasRelation(d, "Sweden", "Norway", "04"), d.relationships().toString());
		DocumentExtraction p = ExtractionFixture.extract("Bolivia and the Andean countries (Peru, Chile and Ecuador) "
				+ "held new talks in Lima on Friday.");
		assertTrue(hasRelation(p, "Bolivia", "Peru", "04"), p.relationships().toString());
		assertFalse(hasRelation(p, "Peru", "Chile", "04"), p.relationships().toString());
	}

	@Test
	void aJointCallForPartiesIsAnAppealToThem() {
		DocumentExtraction d = ExtractionFixture.extract("Chile, Peru, and the United States on Thursday issued a joint "
				+ "call for Bolivia and Ecuador to return to negotiations.");
		assertTrue(hasRelation(d, "Peru", "Ecuador", "02"), d.relationships().toString());
		assertFalse(hasRelation(d, "Chile", "Peru", "04"), d.relationships().toString());
	}

	@Test
	void aSpokesmanReportingHisSidesAttackDoesNotCriticiseIt() {
		DocumentExtraction d = ExtractionFixture.extract("Clashes broke out near the border on Monday. Shining Path "
				+ "military spokesman Pedro Gomez said that the Shining Path fighters attacked an army base near "
				+ "Ayacucho and destroyed two vehicles.");
		assertFalse(hasRelation(d, "Pedro Gomez", "Shining Path", "11"), d.relationships().toString());
	}

	@Test
	void aTerrorDesignationIsASanction() {
		DocumentExtraction d = ExtractionFixture.extract("The Peruvian government re-designated the Shining Path "
				+ "group as a terrorist organization on Monday.");
		assertTrue(hasRelation(d, "Peru", "Shining Path", "16"), d.relationships().toString());
		assertFalse(hasRelation(d, "Peru", "Shining Path", "11"), d.relationships().toString());
		assertTrue(Designations.designation("Washington labeled Tren de Aragua a terrorist organization",
				"Tren de Aragua"));
		assertFalse(Designations.designation("the ministry labeled the attack terrorist in nature and expressed "
				+ "solidarity with Tajikistan", "Tajikistan"));
	}
}
