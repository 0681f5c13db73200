package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;

class ActorExtractorTest {

	@Test
	void capitalUsedAsAgentIsAMentionOfTheState() {
		DocumentExtraction d = extract("Ankara rejected the proposal, while Tehran welcomed it.");
		assertTrue(mentionTexts(actor(d, "Turkey").orElseThrow()).contains("Ankara"));
		assertTrue(mentionTexts(actor(d, "Iran").orElseThrow()).contains("Tehran"));
		assertTrue(d.locations().isEmpty());
	}

	@Test
	void titledUnknownPersonGetsSurnameAndCountry() {
		DocumentExtraction d = extract("Qatari Foreign Ministry spokeswoman Lolwah al-Khater Hamadi spoke in Doha. "
				+ "Later, Hamadi said the blockade had failed.");
		ExtractedActor p = actor(d, "Lolwah al-Khater Hamadi").orElseThrow();
		assertEquals(ActorKind.PERSON, p.kind());
		assertTrue(mentionTexts(p).contains("Hamadi"));
		// named only inside the spokeswoman's title: no actor by that (mechanism actors.titleBodies)
		assertFalse(actor(d, "Qatari Foreign Ministry").isPresent(), d.actors().toString());
		DocumentExtraction acting = extract("Qatari Foreign Ministry spokeswoman Lolwah al-Khater Hamadi spoke in "
				+ "Doha. The Qatari Foreign Ministry later summoned the ambassador.");
		assertTrue(actor(acting, "Qatari Foreign Ministry").isPresent(), acting.actors().toString());
	}

	@Test
	void definiteDescriptionResolvesToTheOfficeHolder() {
		DocumentExtraction d = extract("Iranian Foreign Minister Mohammad Javad Zarif arrived in Moscow. "
				+ "The Iranian diplomat held talks with officials.");
		assertTrue(mentionTexts(actor(d, "Mohammad Javad Zarif").orElseThrow()).contains("Iranian diplomat"));
	}

	@Test
	void institutionsTakeTheirCountryFromAnAdjectiveOrPossessive() {
		DocumentExtraction d = extract("Turkey's Defense Ministry said Syrian government troops shelled the area. "
				+ "The Russian side denied it.");
		assertEquals(ActorKind.GOVERNMENT, actor(d, "Turkish Defense Ministry").orElseThrow().kind());
		assertEquals(ActorKind.MILITARY, actor(d, "Syrian government forces").orElseThrow().kind());
		assertTrue(mentionTexts(actor(d, "Russia").orElseThrow()).contains("Russian side"));
	}

	@Test
	void adjectivalMilitaryIsNotAnActor() {
		DocumentExtraction d = extract("Analysts discussed Russia's military engagement in the region.");
		assertFalse(actor(d, "Russian military").isPresent());
	}

	@Test
	void renamedGroupIsOneActor() {
		DocumentExtraction d = extract("Hayat Tahrir al-Sham, formerly the Nusra Front, controls the city.");
		ExtractedActor a = actor(d, "al-Nusra Front").orElseThrow();
		assertEquals(ActorKind.ARMED_GROUP, a.kind());
		assertTrue(mentionTexts(a).containsAll(java.util.List.of("Hayat Tahrir al-Sham", "Nusra Front")));
	}

	@Test
	void nationalityAndRoleNounNameAnActorOfThatCountry() {
		DocumentExtraction d = extract("A Tunisian court sentenced the activist on Monday. "
				+ "Syrian rebels shelled the town, and Filipino peacekeepers left Lebanon.");
		ExtractedActor court = actor(d, "Tunisian court").orElseThrow(() -> new AssertionError(d.actors().toString()));
		assertEquals(ActorKind.GOVERNMENT, court.kind());
		assertEquals("Tunisia", court.country());
		assertTrue(mentionTexts(actor(d, "Syrian opposition").orElseThrow()).contains("Syrian rebels"));
		assertEquals(ActorKind.MILITARY, actor(d, "Philippine military").or(() -> actor(d, "Filipino military"))
				.orElseThrow(() -> new AssertionError(d.actors().toString())).kind());
	}

	@Test
	void aPersonsTitleAfterANationalityIsNoActor() {
		DocumentExtraction d = extract("A senior Iraqi commander, Qais al-Khazali, said the crossing had reopened.");
		assertFalse(actor(d, "Iraqi military").isPresent(), d.actors().toString());
	}

	@Test
	void aCoalitionLedByACountryIsThatCountrysLedCoalition() {
		DocumentExtraction d = extract("The international coalition led by the United States struck the town. "
				+ "The film was aired by the Showtime television network.");
		assertTrue(mentionTexts(actor(d, "US-led coalition").orElseThrow(() -> new AssertionError(d.actors().toString())))
				.contains("international coalition led by the United States"));
		assertTrue(mentionTexts(actor(d, "Showtime").orElseThrow()).contains("Showtime television network"));
	}
}
