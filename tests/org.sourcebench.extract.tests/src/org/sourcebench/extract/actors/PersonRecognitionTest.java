package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sourcebench.extract.ExtractionFixture.actor;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.ActorKind;

/**
 * Person-name recognition with the parser (issue 11, names): the causes counted on the study half, each on sentences
 * and names made up for the test.
 */
class PersonRecognitionTest {

	private static DocumentExtraction extract(String body) {
		return ExtractionFixture.extract(body);
	}

	private static ExtractedActor named(DocumentExtraction d, String name) {
		return actor(d, name).orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
	}

	@Test
	void aWordOfAPersonsNameThatIsAlsoATownKeepsTheNameAPerson() {
		// "Mariano" and "San" are towns of the gazetteer and words of people's names in the actor dictionaries
		DocumentExtraction d = extract("The delegation was received by Tomas Mariano Ferreira, who heads the "
				+ "commission, on Monday. Later, Aung San Thein Oo criticised the decision.");
		assertEquals(ActorKind.PERSON, named(d, "Tomas Mariano Ferreira").kind());
		assertEquals(ActorKind.PERSON, named(d, "Aung San Thein Oo").kind());
	}

	@Test
	void properNounsTheTaggerLeftOutAfterAPossessiveAreAPersonWhenTheyOpenWithAKnownNameWord() {
		// the statistical tagger leaves "Deng Weimin" untagged after "Japan's"; "Deng" is a name word of the dictionaries
		DocumentExtraction d = extract("The minister held talks with Japan's Deng Weimin in the capital on Friday.");
		assertEquals(ActorKind.PERSON, named(d, "Deng Weimin").kind());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().contains("Friday")), d.actors().toString());
	}

	@Test
	void aCountryOrCapitalAfterATitleIsAGivenNameWhenANameFollows() {
		// "Jordan" is a country and "Douglas" a capital; both are given names in the actor dictionaries
		DocumentExtraction d = extract("Interior Minister Jordan Mwale said the border would stay shut. "
				+ "The delegation later met Police Commander Douglas Otieno. Mwale added that the talks had failed.");
		ExtractedActor mwale = named(d, "Jordan Mwale");
		assertEquals(ActorKind.PERSON, mwale.kind());
		assertEquals(ActorKind.PERSON, named(d, "Douglas Otieno").kind());
		assertFalse(actor(d, "Isle of Man").isPresent(), d.actors().toString());
		assertEquals("Jordan Mwale", d.claims().get(0).speaker(), d.claims().toString());
	}

	@Test
	void aCommonWordOpeningTheSentenceIsNoPartOfTheNameBeforeTheCue() {
		DocumentExtraction d = extract("The vote was delayed again. Meanwhile Petra Novakova said the coalition would hold.");
		ExtractedActor novakova = named(d, "Petra Novakova");
		assertEquals(ActorKind.PERSON, novakova.kind());
		assertFalse(actor(d, "Meanwhile Petra Novakova").isPresent(), d.actors().toString());
		assertEquals("Petra Novakova", d.claims().get(0).speaker(), d.claims().toString());
	}

	@Test
	void aCountryUsedAsAGivenNameOpensANameBeforeASpeechVerbToo() {
		DocumentExtraction d = extract("Israel Okoth said on Monday that the border would stay shut.");
		assertEquals(ActorKind.PERSON, named(d, "Israel Okoth").kind());
		assertEquals("Israel Okoth", d.claims().get(0).speaker(), d.claims().toString());
	}
}
