package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * One test per claim-reading mechanism of issue 11 kept by the check half (Mechanisms {@code claims.*}), on
 * sentences written for the test and read by the default engine with its parser.
 */
class ClaimMechanismsTest {

	private static List<ExtractedClaim> claimsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).toList();
	}

	@Test
	void aCueFollowedOnlyByTimeAdjunctsHasItsClaimBeforeIt() {
		// claims.adjunct-tail: "this evening" is no prepositional phrase, yet nothing is said after the cue
		DocumentExtraction d = extract("The water supply of the northern districts will be restored within two days, "
				+ "Defence Minister Anton Keller said this evening.");
		List<ExtractedClaim> keller = claimsOf(d, "Anton Keller");
		assertEquals(1, keller.size(), d.claims().toString());
		assertEquals("The water supply of the northern districts will be restored within two days",
				keller.get(0).text());
	}

	@Test
	void aCueWithATimeAdjunctBeforeAParticipleStillClosesTheClaimBeforeIt() {
		// claims.adjunct-tail: "said yesterday, adding ...": the claim of "said" is the clause before it, not "yesterday"
		DocumentExtraction d = extract("The army has pulled two battalions back from the ridge, Colonel Ana Petrovic "
				+ "said yesterday, adding that the shelling had not stopped.");
		List<String> texts = claimsOf(d, "Ana Petrovic").stream().map(ExtractedClaim::text).toList();
		assertEquals(List.of("The army has pulled two battalions back from the ridge", "the shelling had not stopped"),
				texts, d.claims().toString());
	}

	@Test
	void aQuotedLabelAfterACondemnationIsTheSubjectsClaim() {
		// claims.label-verbs: "condemned ... as “...”" and "denounced as “...”" give a label as "branded" does
		DocumentExtraction d = extract("Foreign Minister Ana Ruiz on Monday condemned the border raid as \"a reckless "
				+ "provocation\" and recalled her ambassador. Her deputy Tomas Brenner denounced as \"pure fiction\" the "
				+ "reports of a secret deal.");
		List<ExtractedClaim> ruiz = claimsOf(d, "Ana Ruiz");
		assertEquals(1, ruiz.size(), d.claims().toString());
		assertEquals("a reckless provocation", ruiz.get(0).text());
		assertEquals(true, ruiz.get(0).direct());
		assertEquals(List.of("pure fiction"), claimsOf(d, "Tomas Brenner").stream().map(ExtractedClaim::text).toList(),
				d.claims().toString());
	}
	@Test
	void aQuotationAfterALongAttributionSentenceContinuesTheSpeaker() {
		// claims.continued-after-sentence: the attribution sentence runs past the short-attribution limit
		DocumentExtraction d = extract("\"The bridge will reopen next week,\" said Maria Lindqvist, a council engineer "
				+ "who has overseen the repairs since the spring floods. \"Traffic will be limited to light vehicles for "
				+ "a month.\"");
		List<String> texts = claimsOf(d, "Maria Lindqvist").stream().map(ExtractedClaim::text).toList();
		assertEquals(List.of("The bridge will reopen next week", "Traffic will be limited to light vehicles for a month."),
				texts, d.claims().toString());
	}

	@Test
	void aQuotationRightAfterAReportedClaimIsTheSameSpeakers() {
		// claims.continued-after-sentence: a reported claim, then an unattributed quotation in the next sentence
		DocumentExtraction d = extract("Mayor Tomas Brenner said the flooding had cut off three villages overnight. "
				+ "\"We are sending boats and food to every family we can reach.\"");
		List<ExtractedClaim> brenner = claimsOf(d, "Tomas Brenner");
		assertEquals(2, brenner.size(), d.claims().toString());
		assertEquals("We are sending boats and food to every family we can reach.", brenner.get(1).text());
		assertEquals(true, brenner.get(1).direct());
	}
	@Test
	void quotationsInTheNextParagraphAndOneAfterAnotherContinueTheSpeaker() {
		// claims.continued-after-sentence: a long attribution sentence, then a paragraph of two bare quotations
		DocumentExtraction d = extract("Fighting resumed near the river on Monday. \"The ceasefire has collapsed,\" said "
				+ "Mayor Tomas Brenner, who has led the town since the war began two years ago.\n\"We have asked the army to "
				+ "evacuate the hospital.\" \"Nobody is answering our calls from the capital.\"");
		List<String> texts = claimsOf(d, "Tomas Brenner").stream().map(ExtractedClaim::text).toList();
		assertEquals(List.of("The ceasefire has collapsed", "We have asked the army to evacuate the hospital.",
				"Nobody is answering our calls from the capital."), texts, d.claims().toString());
	}

	@Test
	void theActorNamedInAStatementPhraseAfterAccordingToSpeaks() {
		// claims.according-statement: "according to a report ... of <actor>", "According to a <actor> report"
		DocumentExtraction d = extract("The two delegations will meet again in Oslo next month, according to a report "
				+ "published on Friday on the website of the Norwegian Foreign Ministry. According to a Reuters report, "
				+ "the talks stalled over prisoner exchanges.");
		assertEquals(List.of("The two delegations will meet again in Oslo next month"),
				claimsOf(d, "Norwegian Foreign Ministry").stream().map(ExtractedClaim::text).toList(),
				d.claims().toString());
		assertEquals(List.of("the talks stalled over prisoner exchanges"),
				claimsOf(d, "Reuters").stream().map(ExtractedClaim::text).toList(), d.claims().toString());
	}

	@Test
	void aQuotationAfterTheCueAndItsCommaIsWhatWasSaid() {
		// claims.comma-quote: "said, “...”" - the comma after the cue opens the quotation, it does not end a clause
		DocumentExtraction d = extract("Asked about the border crossings, Interior Minister Lena Varga said, "
				+ "\u201cWe will keep every crossing open through the winter.\u201d");
		assertEquals(List.of("We will keep every crossing open through the winter."),
				claimsOf(d, "Lena Varga").stream().map(ExtractedClaim::text).toList(), d.claims().toString());
	}

	@Test
	void aFeelingExpressedIsAReactionButACommitmentIsAClaim() {
		// claims.reaction-nouns: "expressed deep concern over ..." has no content of its own; "reaffirmed her
		// commitment to ..." states the speaker's position
		DocumentExtraction d = extract("Interior Minister Lena Varga expressed deep concern over the closure of the "
				+ "northern crossing. Varga also reaffirmed her commitment to the ceasefire agreement.");
		List<String> texts = claimsOf(d, "Lena Varga").stream().map(ExtractedClaim::text).toList();
		assertEquals(List.of("her commitment to the ceasefire agreement"), texts, d.claims().toString());
	}

	@Test
	void aCapitalisedCueWordInsideANameIsNoCue() {
		// claims.name-word-cue: "State" of "Kachin State" read as the verb "state" took the clause before the real
		// cue ("..., the minister said") for its own and left the speaker without a claim
		DocumentExtraction d = extract("Fighting has spread to three towns of Kachin State since Monday, Foreign "
				+ "Minister Tomas Brenner said.");
		assertEquals(List.of("Fighting has spread to three towns of Kachin State since Monday"),
				claimsOf(d, "Tomas Brenner").stream().map(ExtractedClaim::text).toList(), d.claims().toString());
	}

	@Test
	void aConfirmedObjectIsAClaimButAPassiveReportIsNot() {
		// claims.object-cues: "confirmed the incursion of ..." reports its object; "was reported to" has no speaker
		DocumentExtraction d = extract("The Kalvar Defence Forces confirmed the incursion of two fighter jets over the "
				+ "island. The incursion was reported to the regional council.");
		assertEquals(List.of("the incursion of two fighter jets over the island"),
				claimsOf(d, "Kalvar Defence Forces").stream().map(ExtractedClaim::text).toList(),
				d.claims().toString());
		assertEquals(1, d.claims().size(), d.claims().toString());
	}
}
