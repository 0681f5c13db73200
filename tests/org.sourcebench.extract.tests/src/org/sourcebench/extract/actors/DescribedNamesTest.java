package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.ActorKind;

/**
 * The person-name mechanisms of the sixteenth session on issue 11 (actors16: full names after a description the
 * readers did not take), on sentences written for the test; each assertion fails with its mechanism switched off.
 */
class DescribedNamesTest {

	@Test
	void aNameAfterAPersonNounIsAPerson() {
		// actors.describedNames: "counterpart" (person-nouns.tsv, before-name) describes the name after it
		DocumentExtraction d = ExtractionFixture.extract("The minister stood next to his Zendan counterpart Tavor "
				+ "Maskelin during the visit on Monday.");
		assertTrue(actor(d, "Tavor Maskelin").filter(a -> a.kind() == ActorKind.PERSON).isPresent(),
				d.actors().toString());
	}

	@Test
	void aNameBeforeCommaWhoIsAPerson() {
		// actors.describedNames: ", who" after a capitalised run (the tagger reads this one as a body)
		DocumentExtraction d = ExtractionFixture.extract("Speaking after the meeting, Vladimir Rodinsky, who headed "
				+ "the delegation, said the talks went well.");
		assertTrue(actor(d, "Vladimir Rodinsky").filter(a -> a.kind() == ActorKind.PERSON).isPresent(),
				d.actors().toString());
	}

	@Test
	void aNameAfterATitleAndItsCountryIsAPerson() {
		// actors.jurisdictionCountries: "ambassador to Kenya" then the holder's name
		DocumentExtraction d = ExtractionFixture.extract("The government has recalled its ambassador to Kenya "
				+ "Tavor Maskelin for consultations on Sunday.");
		assertTrue(actor(d, "Tavor Maskelin").filter(a -> a.kind() == ActorKind.PERSON).isPresent(),
				d.actors().toString());
	}
}
