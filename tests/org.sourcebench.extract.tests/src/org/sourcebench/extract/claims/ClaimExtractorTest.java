package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

class ClaimExtractorTest {

	@Test
	void aClauseCueInsideAQuotationThatClosesBeforeItsComplementYieldsNoEmptySpan() {
		// the CLI's sample memo (samples/103_deconfliction_memo.pdf) once made the parse reader ask for a span that
		// ended before it began ("start > end"), and the article failed to import
		DocumentExtraction d = extract("Russian and American officials met in Amman on Tuesday.\n"
				+ "\u201cThe Americans want guarantees that Iranian-backed forces will stay away from the border. We told them "
				+ "the Syrian government is the only legitimate authority there,\u201d a Russian diplomat said.");
		assertTrue(d.claims().stream().anyMatch(c -> c.direct() && c.text().startsWith("The Americans want guarantees")),
				"the diplomat's quotation: " + d.claims());
		d.claims().forEach(c -> assertTrue(c.evidence().begin() < c.evidence().end(), "empty claim: " + c));
	}

	@Test
	void curlyQuoteAcrossSentencesWithPostposedSpeakerIsDirect() {
		DocumentExtraction d = extract("Sergei Lavrov met reporters.\n"
				+ "“The talks were useful. We will meet again,” Lavrov said.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Sergei Lavrov", c.speaker());
		assertTrue(c.direct());
		assertEquals("The talks were useful. We will meet again", c.text());
		assertEquals(c.text(), d.body().substring(c.evidence().begin(), c.evidence().end()));
	}

	@Test
	void reportedSpeechSplitsAtAddingThat() {
		DocumentExtraction d = extract("Turkish President Recep Tayyip Erdogan said the operation would continue, "
				+ "adding that Ankara had informed Moscow.");
		assertEquals(2, d.claims().size());
		assertEquals("the operation would continue", d.claims().get(0).text());
		assertEquals("Ankara had informed Moscow", d.claims().get(1).text());
		d.claims().forEach(c -> assertEquals("Recep Tayyip Erdogan", c.speaker()));
	}

	@Test
	void pronounAndInvertedSpeakersResolve() {
		DocumentExtraction d = extract("Iranian Foreign Minister Mohammad Javad Zarif arrived in Ankara.\n"
				+ "\"Our position has not changed,\" he said.\n"
				+ "\"We expect guarantees,\" said Zarif.");
		assertEquals(2, d.claims().size());
		d.claims().forEach(c -> {
			assertEquals("Mohammad Javad Zarif", c.speaker());
			assertTrue(c.direct());
		});
	}

	@Test
	void accordingToAndUnnamedSourcesGetSpeakers() {
		DocumentExtraction d = extract("According to the Syrian Observatory for Human Rights, 20 fighters were killed. "
				+ "A senior military source told Reuters that reinforcements had arrived.");
		assertEquals("Syrian Observatory for Human Rights", d.claims().get(0).speaker());
		assertEquals("unnamed senior military source", d.claims().get(1).speaker());
		assertEquals("reinforcements had arrived", d.claims().get(1).text());
	}

	@Test
	void quotedFragmentInsideReportedClauseIsOneIndirectClaim() {
		DocumentExtraction d = extract("Vladimir Putin said the strikes were \"an act of aggression\" against Syria.");
		ExtractedClaim c = only(d.claims());
		assertFalse(c.direct());
		assertTrue(c.text().startsWith("the strikes were"));
	}

	@Test
	void announcingAThingIsNotAClaim() {
		DocumentExtraction d = extract("Recep Tayyip Erdogan announced the capture in a speech.");
		assertTrue(d.claims().isEmpty(), d.claims().toString());
	}

	@Test
	void quotationBeforeSpeakerWhoToldAnOutletIsDirect() {
		DocumentExtraction d = extract("\"We will not leave the city,\" militia commander Ahmad Hamo told Reuters.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Ahmad Hamo", c.speaker());
		assertTrue(c.direct());
		assertEquals("We will not leave the city", c.text());
	}

	@Test
	void appositiveNameBeforeTheCueIsTheSpeaker() {
		DocumentExtraction d = extract("A senior Iraqi commander, Qais al-Khazali, said the border crossing had reopened.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Qais al-Khazali", c.speaker());
		assertEquals("the border crossing had reopened", c.text());
	}

	@Test
	void addresseeAndTimeAdjunctBeforeThatAreSkipped() {
		DocumentExtraction d = extract("The Kremlin warned Kiev on Tuesday that provocations would be answered.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Kremlin", c.speaker());
		assertEquals("provocations would be answered", c.text());
	}

	@Test
	void accordingToAnUnnamedSourceCreatesItsSpeaker() {
		DocumentExtraction d = extract("Two convoys reached the town on Friday, according to local activists.");
		ExtractedClaim c = only(d.claims());
		assertEquals("unnamed local activists", c.speaker());
		assertEquals("Two convoys reached the town on Friday", c.text());
	}

	@Test
	void anOutletNamedBeforeItsDescriptionReports() {
		DocumentExtraction d = extract("Iraqi forces retook the village, SANA news agency reported.");
		assertEquals("SANA", only(d.claims()).speaker());
	}

	@Test
	void anotherSpeakersStatementInsideAClaimIsKept() {
		DocumentExtraction d = extract("The Elysee said Emmanuel Macron had told Hassan Rouhani that the deal must be kept.");
		assertEquals(2, d.claims().size(), d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Emmanuel Macron")
				&& c.text().equals("the deal must be kept")), d.claims().toString());
	}

	@Test
	void doubledApostrophesAreQuotationMarks() {
		DocumentExtraction d = extract("''I spoke with the Pope,'' Gustavo Petro said.");
		ExtractedClaim c = only(d.claims());
		assertEquals("Gustavo Petro", c.speaker());
		assertTrue(c.direct());
		assertEquals("I spoke with the Pope", c.text());
	}

	@Test
	void theStatementIsTheLastSpeakerWhoSpokeInAStatementAndEachThatClauseIsAClaim() {
		DocumentExtraction d = extract("Kremlin spokesman Dmitry Peskov said in a statement that Russia considers "
				+ "the action a terrorist act. The statement notes that it occurred on May 9 and that a parade is "
				+ "expected.");
		assertEquals(3, d.claims().size(), d.claims().toString());
		assertEquals("it occurred on May 9", d.claims().get(1).text());
		assertEquals("a parade is expected", d.claims().get(2).text());
		d.claims().forEach(c -> assertEquals("Dmitry Peskov", c.speaker()));
	}

	@Test
	void aClauseOnlyCueTakesABareClauseTheParseShows() {
		DocumentExtraction d = extract("Gustavo Petro suggested the Vatican could host the talks.");
		assertEquals("the Vatican could host the talks", only(d.claims()).text());
	}

	@Test
	void anAdjectivalParticipleIsNoCue() {
		DocumentExtraction d = extract("The alleged drone attack will not affect plans to hold the parade, "
				+ "Dmitry Peskov said.");
		ExtractedClaim c = only(d.claims());
		assertEquals("The alleged drone attack will not affect plans to hold the parade", c.text());
		assertEquals("Dmitry Peskov", c.speaker());
	}

	@Test
	void aPostposedSpeakerWithAnAdjunctBeforeACommaClosesTheClaim() {
		DocumentExtraction d = extract("A senior envoy met the prime minister of Qatar, Reuters said on Saturday, "
				+ "while the talks went on.");
		ExtractedClaim c = only(d.claims());
		assertEquals("A senior envoy met the prime minister of Qatar", c.text());
	}

	@Test
	void aQuotationRightAfterAnotherAndItsAttributionContinuesTheSpeaker() {
		DocumentExtraction d = extract("Kremlin spokesman Dmitry Peskov spoke to reporters. \"We all know who lives "
				+ "there,\" he said. \"That means this was a deliberate attack. The lull is unlikely to last.\"\n"
				+ "\"Nobody wants a war,\" Peskov said.\n"
				+ "The talks were called \"useful\" by both sides.");
		assertEquals(3, d.claims().size(), d.claims().toString());
		assertTrue(d.claims().stream().allMatch(c -> c.direct() && c.speaker().equals("Dmitry Peskov")),
				d.claims().toString());
		assertTrue(d.claims().stream().anyMatch(c -> c.text().equals(
				"That means this was a deliberate attack. The lull is unlikely to last.")), d.claims().toString());
	}

	@Test
	void theClaimBeginsWhereTheParsedComplementBeginsAfterAdjunctsAndAddressees() {
		DocumentExtraction d = extract("Taiwan's defence ministry said on Monday it had detected 21 Chinese aircraft "
				+ "near the island. Wang Wenbin told a regular briefing that Beijing would never renounce force.");
		assertEquals(2, d.claims().size(), d.claims().toString());
		assertEquals("it had detected 21 Chinese aircraft near the island", d.claims().get(0).text());
		assertEquals("Beijing would never renounce force", d.claims().get(1).text());
	}

	@Test
	void anotherClauseWithASpeechVerbEndsTheClaimEvenWhenItsSpeakerIsUnknown() {
		DocumentExtraction d = extract("Colombian officials said the ceasefire would be extended, while the rebels "
				+ "insisted that the army must withdraw first.");
		// the officials' claim stops before the rebels' clause (the learned components may give the rebels theirs)
		ExtractedClaim c = d.claims().stream().filter(x -> x.text().startsWith("the ceasefire")).findFirst()
				.orElseThrow(() -> new AssertionError(d.claims().toString()));
		assertEquals("the ceasefire would be extended", c.text());
		assertTrue(d.claims().stream().noneMatch(x -> x.text().contains("while the rebels")), d.claims().toString());
	}

	@Test
	void conjoinedSubjectsEachSpeakTheClaim() {
		DocumentExtraction d = extract("Peru and Bolivia have vowed to increase their cooperation against drug "
				+ "trafficking.");
		assertEquals(List.of("Bolivia", "Peru"), speakersOf(d, "to increase their cooperation against drug trafficking"));
	}

	@Test
	void aListedSubjectAndAParticipleCueGiveOneClaimPerListedActor() {
		DocumentExtraction d = extract("On 5 May, Peru, Bolivia and Ecuador cut relations with Chile, alleging it "
				+ "supports smugglers.");
		assertEquals(List.of("Bolivia", "Ecuador", "Peru"), speakersOf(d, "it supports smugglers"));
	}

	@Test
	void aListBeforeTheSpeakerIsNoSubject() {
		DocumentExtraction d = extract("Noting the interests of regional powers such as Chile, Peru, and Ecuador, "
				+ "Luis Ortega said that Argentina would host the talks.");
		assertEquals(List.of("Luis Ortega"), speakersOf(d, "Argentina would host the talks"));
	}

	@Test
	void accuseTakesTheObjectAndTheOfComplementAndATemporalWordIsNoSubject() {
		DocumentExtraction d = extract("Brazil's Foreign Minister Carlos Mendes yesterday accused the neighbouring "
				+ "governments of blocking the mediation efforts.");
		assertEquals(List.of("Carlos Mendes"),
				speakersOf(d, "the neighbouring governments of blocking the mediation efforts"));
	}

	@Test
	void aParticipleWithItsOwnPositionNounEndsTheFirstClaim() {
		DocumentExtraction d = extract("The RSF reiterated their adherence to the ceasefire terms, expressing "
				+ "commitment to talks despite the impasse.");
		// "RSF" is the Phoenix additions' Rapid Support Forces
		assertEquals(List.of("Rapid Support Forces"), speakersOf(d, "their adherence to the ceasefire terms"));
		assertEquals(List.of("Rapid Support Forces"), speakersOf(d, "commitment to talks despite the impasse"));
	}

	@Test
	void aStatementSayingIsSpokenByWhoeverIssuedIt() {
		DocumentExtraction d = extract("President Gabriel Boric visited the port. Later on Monday, the Chilean navy "
				+ "released a statement saying it had started the withdrawal of its ships from the strait.");
		assertEquals(List.of("Chilean Navy"),
				speakersOf(d, "it had started the withdrawal of its ships from the strait"));
	}

	@Test
	void aTitleSpeakerIsThePersonNamedAfterThatTitle() {
		DocumentExtraction d = extract("UN Special Envoy for Yemen Hans Grundberg met the delegation on Monday. "
				+ "The Special Envoy said the talks would resume next week.");
		assertEquals(List.of("Hans Grundberg"), speakersOf(d, "the talks would resume next week"));
	}

	@Test
	void aPartialNameSpeakerIsThePersonOfThatNameLastNamedInFull() {
		DocumentExtraction d = extract("Saudi Foreign Minister Faisal bin Farhan called his counterpart. "
				+ "Bin Farhan emphasized the need for a ceasefire.");
		assertEquals(List.of("Faisal bin Farhan"), speakersOf(d, "the need for a ceasefire"));
	}

	@Test
	void anInvertedTitleAndNameSpeakIsTheNamedPerson() {
		DocumentExtraction d = extract("The policy would change, said US Secretary of State Mike Pompeo.");
		assertEquals(List.of("Mike Pompeo"), speakersOf(d, "The policy would change"));
	}

	@Test
	void aCueFollowedByThatDoesNotTakeTheQuotationBeforeIt() {
		DocumentExtraction d = extract("Police chief Rahul Verma said infiltration attempts had increased.\n"
				+ "\u201cThey want to keep the border active.\u201d Verma added that many militants were waiting "
				+ "across the boundary.");
		assertEquals(List.of("Rahul Verma"), speakersOf(d, "many militants were waiting across the boundary"));
		assertEquals(List.of("Rahul Verma"), speakersOf(d, "They want to keep the border active."));
	}

	@Test
	void aPronounWithinTheSentenceIsItsEarlierSpeaker() {
		DocumentExtraction d = extract("Ukrainian President Volodymyr Zelenskyy said the ceasefire must come first. "
				+ "On Monday, Donald Trump said he believes the talks could be productive and suggested he could fly "
				+ "there.");
		assertEquals(List.of("Donald Trump"), speakersOf(d, "he could fly there"));
	}

	@Test
	void anAgencyReportingAnAttributedStatementSpeaksItTooAndTheInnerSpeakerKeepsTheInnerClaim() {
		DocumentExtraction d = extract("Choe Son Hui said the North would respond to the drills, the Korean Central "
				+ "News Agency (KCNA) reported.");
		assertEquals(List.of("Choe Son Hui"), speakersOf(d, "the North would respond to the drills"));
		assertEquals(List.of("Korean Central News Agency"),
				speakersOf(d, "Choe Son Hui said the North would respond to the drills"));
	}

	@Test
	void aLabelledQuotationIsTheSourceLinesSpeakerOneClaimPerParagraph() {
		DocumentExtraction d = extract("Volodymyr Zelenskyy has said that the shelling continues.\n"
				+ "Source: Zelenskyy during his evening address\n"
				+ "Quote: \"Unfortunately, the world still has no answer. The shelling continues.\n"
				+ "Moscow has remained silent all day. There is no sense in continuing the killing.\"\n"
				+ "Background:\n"
				+ "Kremlin leader Vladimir Putin said he is ready for talks.");
		assertEquals(List.of("Volodymyr Zelenskyy"),
				speakersOf(d, "Unfortunately, the world still has no answer. The shelling continues"));
		assertEquals(List.of("Volodymyr Zelenskyy"),
				speakersOf(d, "Moscow has remained silent all day. There is no sense in continuing the killing"));
		assertTrue(d.claims().stream().filter(c -> c.cue().equals("Quote:")).allMatch(ExtractedClaim::direct));
	}

	@Test
	void aWritersGlossAfterTheClaimIsNotPartOfIt() {
		DocumentExtraction d = extract("President Joseph Aoun insists only the state should bear arms, a nod to curbing "
				+ "the group's arsenal.");
		assertEquals(List.of("Joseph Aoun"), speakersOf(d, "only the state should bear arms"));
	}

	@Test
	void aCitedSourceSpeaksTheClaimToo() {
		DocumentExtraction d = extract("The observation post was hit in the attack, the news agency said, citing a "
				+ "senior Turkish security source. However, no Turkish soldiers were wounded, the source said.");
		assertEquals(List.of("news agency", "unnamed senior Turkish security source"),
				speakersOf(d, "The observation post was hit in the attack"));
		assertEquals(List.of("unnamed senior Turkish security source"), speakersOf(d, "no Turkish soldiers were wounded"));
	}

	@Test
	void theBodyThatIssuedTheStatementSpeaksItsClaimsToo() {
		DocumentExtraction d = extract("Saudi Foreign Minister Faisal bin Farhan called Dagalo on Wednesday. In a "
				+ "statement issued by the Saudi Foreign Ministry, Bin Farhan emphasized the urgent need for a ceasefire.");
		assertEquals(List.of("Faisal bin Farhan", "Saudi Foreign Ministry"),
				speakersOf(d, "the urgent need for a ceasefire"));
	}

	private static List<String> speakersOf(DocumentExtraction d, String text) {
		return d.claims().stream().filter(c -> c.text().equals(text)).map(ExtractedClaim::speaker).sorted().toList();
	}

	private static ExtractedClaim only(List<ExtractedClaim> claims) {
		assertEquals(1, claims.size(), claims.toString());
		return claims.get(0);
	}
}
