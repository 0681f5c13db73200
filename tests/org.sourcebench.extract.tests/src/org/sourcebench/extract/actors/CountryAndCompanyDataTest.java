package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The eleventh session's data fixes on issue 11, on sentences written for the test: Kosovo and the adjectives of
 * small states in {@code countries.tsv} (from the Phoenix country dictionary), company heads in
 * {@code body-heads.tsv}. Each assertion fails with the old rows.
 */
class CountryAndCompanyDataTest {

	@Test
	void kosovoIsAStateAndItsAdjectiveNamesIt() {
		DocumentExtraction d = ExtractionFixture.extract("Kosovo accused Serbia on Monday of sending armed men "
				+ "across the border, and Kosovar officials said the police had closed two crossings.");
		ExtractedActor kosovo = actor(d, "Kosovo");
		assertEquals("state", ActorKinds.id(kosovo.kind()));
		assertTrue(d.relationships().stream().anyMatch(r -> r.from().equals("Kosovo") && r.to().equals("Serbia")),
				d.relationships().toString());
	}

	@Test
	void anAdjectiveTheHandListLackedNamesItsState() {
		DocumentExtraction d = ExtractionFixture.extract("The Guyanese government condemned Venezuela on Friday "
				+ "for sending troops towards the border region.");
		assertTrue(ExtractionFixture.mentionTexts(actor(d, "Guyana")).contains("Guyanese government"),
				d.actors().toString());
	}

	@Test
	void aNameEndingInACompanyHeadIsACompany() {
		DocumentExtraction d = ExtractionFixture.extract("Harbour Airways suspended its flights to the northern "
				+ "city on Monday, and the Delta Power Corporation said its plant had been hit.");
		assertEquals("company", ActorKinds.id(actor(d, "Harbour Airways").kind()));
		assertEquals("company", ActorKinds.id(actor(d, "Delta Power Corporation").kind()));
	}

	private static ExtractedActor actor(DocumentExtraction d, String name) {
		return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
	}
}
