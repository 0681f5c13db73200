package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The speaker mechanisms of the seventeenth session (helper claims17), on sentences written for the test and read by
 * the default engine with its parser; each test fails with its switch off ({@code -Dsourcebench.off=...}).
 */
class Claims17Test {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aNameAfterABodysTitleSpeaks() {
		// claims.titled-person: "KNU General Secretary Saw Ta Doh Moo said" is the person, not the KNU
		DocumentExtraction d = extract("The Karen National Union (KNU) condemned the air strike on the village. "
				+ "However, KNU General Secretary Saw Ta Doh Moo said the victims were all civilians.");
		assertEquals(List.of("the victims were all civilians"), textsOf(d, "Saw Ta Doh Moo"), d.claims().toString());
	}

	@Test
	void aPossessedPersonIsTheSubject() {
		// claims.possessed-person: "Japan's Kishida condemned ... as “...” and said" is Kishida, not Japan
		DocumentExtraction d = extract("Japanese Prime Minister Fumio Kishida spoke to reporters on Wednesday. "
				+ "Japan's Kishida condemned the launch as \"utterly reckless\" and said it threatened the region.");
		assertTrue(textsOf(d, "Fumio Kishida").contains("utterly reckless"), d.claims().toString());
		assertTrue(textsOf(d, "Japan").isEmpty(), d.claims().toString());
	}

	@Test
	void aRankBetweenTheRoleAndTheNameKeepsThePerson() {
		// claims.role-person: "army spokesman Colonel Somchai Rattanakorn" introduces the spokesman
		DocumentExtraction d = extract("Two soldiers were wounded in the clash, according to army spokesman Colonel "
				+ "Somchai Rattanakorn. \"The troops returned fire and the intruders withdrew,\" the spokesman said.");
		assertTrue(textsOf(d, "Somchai Rattanakorn").contains("Two soldiers were wounded in the clash"),
				d.claims().toString());
	}

	@Test
	void theSpokesmanTheNextSentenceNamesSpeaks() {
		// claims.role-person: "“...,” the government spokesman said. Name said on state television ..."
		DocumentExtraction d = extract("\"The eighteen hostages have been freed and are in good health,\" the "
				+ "government spokesman said. Paul Atanga Nji said on state television that the army had found them "
				+ "in a forest camp.");
		assertTrue(textsOf(d, "Paul Atanga Nji").contains("The eighteen hostages have been freed and are in good "
				+ "health"), d.claims().toString());
	}

	@Test
	void aLabelsSpeakerIsItsVerbsParsedSubject() {
		// claims.label-subject: the participle "calling" shares the subject of "said", not the quotation's Israel
		DocumentExtraction d = extract("Lebanese President Joseph Aoun condemned the raid on Tuesday. \"Israel's "
				+ "persistence in its aggression requires more effort from us,\" Aoun said in a statement released by "
				+ "the presidency, calling the strike \"a dangerous warning\".");
		assertTrue(textsOf(d, "Joseph Aoun").contains("a dangerous warning"), d.claims().toString());
	}

	@Test
	void aDescribedBodyNamedByItsModifierIsThatActor() {
		// claims.modifier-body: "Yemen's Houthi rebel group" with the Houthis known is no new actor
		DocumentExtraction d = extract("The Houthis fired two missiles at a tanker in the Red Sea on Monday. Yemen's "
				+ "Houthi rebel group said it had targeted the vessel because it was linked to Israel.");
		assertEquals(List.of("it had targeted the vessel because it was linked to Israel"), textsOf(d, "Houthis"),
				d.claims().toString());
	}

	@Test
	void aTrailingAccordingToReportsTheEarlierClaim() {
		// claims.according-outer: "X said ..., according to Reuters": Reuters speaks the same text
		DocumentExtraction d = extract("Interior Minister Paul Atanga Nji said the border would reopen on Monday, "
				+ "according to Reuters.");
		assertEquals(List.of("the border would reopen on Monday"), textsOf(d, "Paul Atanga Nji"), d.claims().toString());
		assertEquals(List.of("the border would reopen on Monday"), textsOf(d, "Reuters"), d.claims().toString());
	}
}
