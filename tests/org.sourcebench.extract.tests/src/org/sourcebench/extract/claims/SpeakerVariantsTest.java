package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * A speaker the claim readers name with another spelling of a person the document knows is that person (mechanism
 * {@code claims.name-variant}), and "local" before a noun is an adjective of an unnamed source, not the source
 * (mechanism {@code claims.local-adjective}); on sentences written for these tests (none taken from an annotated
 * article).
 */
class SpeakerVariantsTest {

	@Test
	void anotherSpellingOfAKnownPersonIsThatPersonAndNoNewActor() {
		DocumentExtraction d = extract("Ukrainian President Volodymyr Zelenskyy met Turkish officials in Kyiv on Friday. "
				+ "\"We need a clear agenda,\" Zelensky added.\nEU envoy Miroslav Lajčák visited Pristina. Lajcak said the "
				+ "dialogue was the only way forward.\nTurkish President Recep Tayyip Erdogan announced the operation. "
				+ "\"We will not stop,\" Erodgan said.");
		assertEquals("Volodymyr Zelenskyy", claimStarting(d, "We need a clear agenda").speaker(), "y for i, doubled");
		assertEquals("Miroslav Lajčák", claimStarting(d, "the dialogue was").speaker(), "accents");
		assertEquals("Recep Tayyip Erdogan", claimStarting(d, "We will not stop").speaker(), "two letters swapped");
		assertFalse(d.actors().stream().anyMatch(a -> a.name().equals("Zelensky") || a.name().equals("Lajcak")),
				"no second actor for the variant");
	}

	@Test
	void namesThatDifferByMoreThanSpellingStayApart() {
		assertTrue(SpeakerNames.sameSpelling("Zelensky", "Zelenskyy"));
		assertTrue(SpeakerNames.sameSpelling("Lijiam", "Lijian"), "one letter changed in a long word");
		assertFalse(SpeakerNames.sameSpelling("Khan", "Khar"), "a short word needs the same letters");
		assertFalse(SpeakerNames.sameSpelling("Morales", "Moreno"));
	}

	@Test
	void localBeforeANounDescribesTheUnnamedSource() {
		DocumentExtraction d = extract("Gangs killed dozens of people in a farming town last week, according to a local "
				+ "mayor. \"There was heavy fighting overnight,\" said a local security officer who asked not to be named. "
				+ "Many families fled the town, according to locals.");
		assertEquals("unnamed local mayor", claimStarting(d, "Gangs killed").speaker());
		assertEquals("unnamed local security officer", claimStarting(d, "There was heavy fighting").speaker());
		assertEquals("unnamed locals", claimStarting(d, "Many families fled").speaker(), "the noun is another source");
	}

	private static ExtractedClaim claimStarting(DocumentExtraction d, String start) {
		return d.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no claim starting '" + start + "' in " + d.claims()));
	}
}
