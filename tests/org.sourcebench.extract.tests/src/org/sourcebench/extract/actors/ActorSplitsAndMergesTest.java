package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.model.ActorKind;

/**
 * One actor read as two (a body by its acronym and by its name) and two people read as one (relatives sharing a
 * family name), on sentences written for the test; the word-window engine runs without the parser.
 */
class ActorSplitsAndMergesTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.withoutParser();

	private static ExtractedActor named(DocumentExtraction d, String name) {
		return actor(d, name).orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
	}

	@Test
	void anAcronymMayTakeLettersFromInsideTheWordsOfTheName() {
		assertTrue(AcronymLinker.abbreviates("ECOWAS", "Economic Community of West African States"));
		assertTrue(AcronymLinker.abbreviates("ASEAN", "Association of Southeast Asian Nations"));
		assertTrue(AcronymLinker.abbreviates("NSF", "Northern Shield Forces"));
		// every capitalised word must give its first letter, and no letter may be left over
		assertFalse(AcronymLinker.abbreviates("NF", "Northern Shield Forces"));
		assertFalse(AcronymLinker.abbreviates("UNHCR", "United Nations"));
		assertFalse(AcronymLinker.abbreviates("IDF", "Iranian Security Forces"));
		assertFalse(AcronymLinker.abbreviates("UN", "United"));
	}

	@Test
	void aBareAcronymSpelledFromABodysNameIsThatBody() {
		DocumentExtraction d = ENGINE.extract("Delegates of the Highland Farmers Cooperative Council gathered in the "
				+ "valley on Monday. HIFACOC said grain prices would keep rising.");
		ExtractedActor council = named(d, "Highland Farmers Cooperative Council");
		assertTrue(mentionTexts(council).contains("HIFACOC"), council.toString());
		assertFalse(actor(d, "HIFACOC").isPresent(), d.actors().toString());
	}

	@Test
	void aDictionaryAcronymAndTheFullNameInBracketsAreOneActor() {
		DocumentExtraction d = ENGINE.extract("Ministers of the Association of Southeast Asian Nations (ASEAN) met "
				+ "in the capital on Friday. Later ASEAN urged both armies to stop fighting.");
		long bodies = d.actors().stream().filter(a -> mentionTexts(a).contains("ASEAN")
				|| mentionTexts(a).contains("Association of Southeast Asian Nations")).count();
		assertEquals(1, bodies, d.actors().toString());
	}

	@Test
	void aPersonNamedAfterAPossessiveOwnerAndDescribedByADefiniteAppositionIsAPerson() {
		DocumentExtraction d = ENGINE.extract("Chile's Tomas Rivero Vidal, the elder brother of the president, warned "
				+ "the senate on Friday that the reform would fail.");
		ExtractedActor brother = named(d, "Tomas Rivero Vidal");
		assertEquals(ActorKind.PERSON, brother.kind());
		assertFalse(actor(d, "Chile's Tomas Rivero Vidal").isPresent(), d.actors().toString());
	}

	@Test
	void aBodyDescribedByADefiniteAppositionStaysNoPerson() {
		DocumentExtraction d = ENGINE.extract("The Northern Shield Forces, the largest armed group of the region, "
				+ "said they had taken the bridge.");
		assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON), d.actors().toString());
	}

	@Test
	void outletsAndPlatformsAreReadFromWhatOnlyTheyDo() {
		DocumentExtraction d = ENGINE.extract("The governor wrote on Kestrel that the road would reopen. \"We lost two "
				+ "trucks,\" a driver told NVR. A statement carried by KPTA repeated the demand. The blast came at dawn, "
				+ "Valley.Post reports, citing residents. HLN was unable to verify the figures.");
		for (String outlet : new String[] {"Kestrel", "NVR", "KPTA", "Valley.Post", "HLN"}) {
			assertEquals(ActorKind.MEDIA, named(d, outlet).kind(), outlet);
		}
	}

	@Test
	void aWeekdayAMonthAPlaceOrAPersonToldSomethingIsNoOutlet() {
		DocumentExtraction d = ENGINE.extract("The mayor said on Tuesday that the bridge was closed. She said on Dec. "
				+ "4 it would reopen, and wrote on Sept 9 that repairs had begun. The envoy told Amara Osei the talks "
				+ "had stalled, the minister said on Cyprus.");
		assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.MEDIA), d.actors().toString());
	}
}
