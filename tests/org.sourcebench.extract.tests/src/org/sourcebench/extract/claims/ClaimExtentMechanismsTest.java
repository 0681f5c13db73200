package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * The eleventh session's claim mechanisms ({@code claims.tail-adjunct}, {@code claims.named-later},
 * {@code claims.label-extent}), on sentences written for the test and read by the default engine with its parser.
 */
class ClaimExtentMechanismsTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aLongAdjunctAfterAnInvertedCueLeavesTheClaimBeforeIt() {
		// claims.tail-adjunct: the adjunct after "said" runs past 50 characters; what was said is the clause before
		DocumentExtraction d = extract("Borduria will send 600 more police officers to Klow in November, President Ivan "
				+ "Petrov said on Friday during a visit by the Syldavian prime minister intended to speed up deployments.");
		assertEquals(List.of("Borduria will send 600 more police officers to Klow in November"), textsOf(d, "Ivan Petrov"),
				d.claims().toString());
	}

	@Test
	void aBareWeekdayAfterATitledSpeakerLeavesTheClaimBeforeIt() {
		// claims.tail-adjunct: "said Thursday" after lower-case title words before the name
		DocumentExtraction d = extract("The new sanctions punish ordinary families, presidential spokesman Otto Brandt "
				+ "said Thursday in reaction to the announcement.");
		assertEquals(List.of("The new sanctions punish ordinary families"), textsOf(d, "Otto Brandt"),
				d.claims().toString());
	}

	@Test
	void anUnnamedRoleTheNextSentenceNamesIsThatPerson() {
		// claims.named-later: "a rebel spokesman said", then "Spokesman Ivan Petrov said"
		DocumentExtraction d = extract("On Tuesday Syldavian rebel negotiators began a new round of talks with Bordurian "
				+ "officers over a peace deal, a rebel spokesman said. Spokesman Ivan Petrov said the rebels had brought "
				+ "a list of demands.");
		assertEquals(List.of(
				"On Tuesday Syldavian rebel negotiators began a new round of talks with Bordurian officers over a peace deal",
				"the rebels had brought a list of demands"), textsOf(d, "Ivan Petrov"), d.claims().toString());
	}

	@Test
	void aLabelClaimRunsToTheEndOfItsPhrase() {
		// claims.label-extent: the quoted label and the words that complete its phrase
		DocumentExtraction d = extract("Syldavian Foreign Ministry spokesman Karl Munster described the missile attack as "
				+ "a \"spit in the face\" of a deal signed a day earlier.");
		assertEquals(List.of("a \"spit in the face\" of a deal signed a day earlier"), textsOf(d, "Karl Munster"),
				d.claims().toString());
	}
}
