package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * Speakers read from the dependency parse of the default engine ({@link ParsedSpeaker}, {@link UnnamedSources}):
 * every claim gets the actor its verb's subject names, also when no dictionary knows it.
 */
class ParsedSpeakerTest {

	@Test
	void aNameNoDictionaryKnowsBecomesTheSpeakerActor() {
		DocumentExtraction d = extract("Pe Than, a former People's Assembly member, said that the bombing could lead "
				+ "to renewed fighting.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Pe Than", c.speaker());
		assertEquals("the bombing could lead to renewed fighting", c.text());
		assertTrue(actor(d, "Pe Than").isPresent(), d.actors().toString());
	}

	@Test
	void theSubjectsHeadSpeaksNotItsPossessorAndTheBracketedAcronymIsAMention() {
		DocumentExtraction d = extract("South Korea's Joint Chiefs of Staff (JCS) said that North Korea fired a "
				+ "missile. The JCS said that it detected the launch.");
		assertEquals(2, d.claims().size(), d.claims().toString());
		d.claims().forEach(c -> assertEquals("Joint Chiefs of Staff", c.speaker()));
		assertEquals(List.of("Joint Chiefs of Staff", "JCS"), mentionTexts(actor(d, "Joint Chiefs of Staff").get()));
	}

	@Test
	void anInstitutionUnderACommonNounIsOneSpeakerNotThePlaceInItsPhrase() {
		DocumentExtraction d = extract("The health ministry in Hamas-run Gaza said 26 people were killed.\n"
				+ "\"The toll is rising,\" the health ministry said.");
		assertEquals(2, d.claims().size(), d.claims().toString());
		// the name's case follows the actor reader (the scorer casefolds names)
		d.claims().forEach(c -> assertTrue("health ministry".equalsIgnoreCase(c.speaker()), c.speaker()));
	}

	@Test
	void theNameAfterATitleSpeaks() {
		DocumentExtraction d = extract("Arab League Secretary General Ahmed Aboul Gheit said the move violated "
				+ "international law.");
		assertEquals("Ahmed Aboul Gheit", only(d.claims()).speaker());
	}

	@Test
	void unnamedSourcesAreOneActorPerDescription() {
		DocumentExtraction d = extract("A senior envoy met the prime minister, a source said on Saturday, while "
				+ "sources from Egypt suggested Israel was open to a deal. Two Egyptian security sources said talks "
				+ "would resume. A source told Reuters the envoy left.");
		assertEquals(4, d.claims().size(), d.claims().toString());
		ExtractedClaim first = d.claims().get(0);
		assertEquals("A senior envoy met the prime minister", first.text());
		assertEquals("Israel was open to a deal", d.claims().get(1).text());
		assertEquals(d.claims().get(1).speaker(), d.claims().get(2).speaker());
		assertEquals(first.speaker(), d.claims().get(3).speaker());
		assertTrue(!first.speaker().equals(d.claims().get(1).speaker()), d.claims().toString());
		// the one unnamed actor keeps every description it was named by; "Egypt" inside the first is no state actor
		assertEquals(List.of("sources from Egypt", "Egyptian security sources"),
				mentionTexts(actor(d, d.claims().get(1).speaker()).get()));
		assertTrue(actor(d, "Egypt").isEmpty(), d.actors().toString());
	}

	@Test
	void officialsSpeakForTheBodyNamedBeforeThemButASingleOfficialIsUnnamed() {
		DocumentExtraction d = extract("Top United Nations officials have warned that the fighting could spread.");
		assertEquals("United Nations", only(d.claims()).speaker());
		DocumentExtraction one = extract("A senior United Nations official said that the talks had stalled.");
		assertTrue(only(one.claims()).speaker().startsWith("unnamed "), one.claims().toString());
	}

	@Test
	void quantifiersAreNoPartOfAnUnnamedSource() {
		DocumentExtraction d = extract("Many locals claimed last week that the militia had forced citizens to leave.");
		ExtractedClaim c = only(d.claims());
		assertEquals("unnamed locals", c.speaker());
		assertEquals("the militia had forced citizens to leave", c.text());
	}

	@Test
	void aParticipleKeepsTheMainClausesSpeakerAndTheNestedClaimIsTheInnerSpeakers() {
		DocumentExtraction d = extract("Nabil Abdullah said that the RSF claimed that they had taken the state, "
				+ "stressing that \"this is not true.\"");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Rapid Support Forces") // the dictionary's RSF
				&& c.text().equals("they had taken the state")), d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Nabil Abdullah") && c.direct()
				&& c.text().equals("this is not true.")), d.claims().toString());
	}

	@Test
	void aNameInAppositionBeforeTheVerbSpeaks() {
		DocumentExtraction d = extract("A spokesman for the Syrian Democratic Forces, Mustafa Bali, said the fighters "
				+ "had retreated from the village.");
		assertEquals("Mustafa Bali", only(d.claims()).speaker());
	}

	@Test
	void anActorInsideAPrepositionOfTheSubjectIsNotTheSpeaker() {
		DocumentExtraction d = extract("The United Nations envoy for Syria warned that the humanitarian situation was "
				+ "deteriorating.");
		ExtractedClaim c = only(d.claims());
		assertTrue(!c.speaker().equals("Syria"), c.toString());
		assertEquals("the humanitarian situation was deteriorating", c.text());
	}

	@Test
	void theSpeakersOfAConjoinedAccordingToEachGetTheClaim() {
		DocumentExtraction d = extract("Syrian government forces shelled the town, according to residents and the "
				+ "Syrian Observatory for Human Rights. Israeli jets struck Hezbollah positions on Tuesday, according "
				+ "to witnesses and the armed group.");
		assertEquals(4, d.claims().size(), d.claims().toString());
		assertEquals(d.claims().get(0).text(), d.claims().get(1).text());
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Syrian Observatory for Human Rights")),
				d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Hezbollah")
				&& c.text().equals("Israeli jets struck Hezbollah positions on Tuesday")), d.claims().toString());
	}

	@Test
	void aSpeechCueInsideAQuotationNestsTheInnerSpeakersClaim() {
		DocumentExtraction d = extract("\"Today the Russian side stated that Ukraine is not ready for daily "
				+ "exchanges,\" the Ukrainian negotiating team said.");
		assertTrue(d.claims().stream().anyMatch(c -> c.direct()), d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Russia")
				&& c.text().equals("Ukraine is not ready for daily exchanges")), d.claims().toString());
	}

	@Test
	void aClaimNounWithAThatClauseIsItsPossessorsClaim() {
		DocumentExtraction d = extract("Ankara rejected Moscow's assertion that Turkish troops had shelled the town.");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Russia")
				&& c.text().equals("Turkish troops had shelled the town")), d.claims().toString());
	}

	@Test
	void aSubjectBeforeAnAsideSpeaksNotTheNameAfterTheVerb() {
		DocumentExtraction d = extract("A senior U.S. official, speaking on condition of anonymity, said Washington "
				+ "was reviewing its options.");
		ExtractedClaim c = only(d.claims());
		assertEquals("unnamed senior U.S. official", c.speaker());
		assertEquals("Washington was reviewing its options", c.text());
	}

	private static ExtractedClaim only(List<ExtractedClaim> claims) {
		assertEquals(1, claims.size(), claims.toString());
		return claims.get(0);
	}
}
