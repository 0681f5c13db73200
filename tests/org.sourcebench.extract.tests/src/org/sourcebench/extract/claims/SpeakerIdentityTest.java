package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * Which named person a speaker phrase is, on sentences written for these tests: a body's spokesman phrase is the
 * person introduced with that role, a misspelt or unaccented surname is the person of the full name, and an unnamed
 * speaker of a news lead is the person the next sentence names with the same role.
 */
class SpeakerIdentityTest {

	@Test
	void aBodysSpokesmanPhraseIsThePersonIntroducedWithThatRole() {
		DocumentExtraction d = extract("Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks were "
				+ "frozen. The Kremlin spokesman suggested that European leaders would have to make amends.");
		assertEquals("Dmitry Peskov", claimStarting(d, "European leaders").speaker());
	}

	@Test
	void spellingVariantsOfASurnameMatchOnlyLongWordsByOneEdit() {
		assertTrue(SpeakerNames.spelledLike(List.of("miroslav", "lajčák"), List.of("lajcak"), false));
		assertTrue(SpeakerNames.spelledLike(List.of("recep", "tayyip", "erdogan"), List.of("erodgan"), true),
				"two letters swapped");
		assertTrue(SpeakerNames.spelledLike(List.of("volodymyr", "zelenskyy"), List.of("zelensky"), true));
		assertFalse(SpeakerNames.spelledLike(List.of("ali", "khan"), List.of("kahn"), true), "short words: exact");
		assertFalse(SpeakerNames.spelledLike(List.of("sergei", "lavrov"), List.of("lavrova", "olga"), true));
		assertFalse(SpeakerNames.spelledLike(List.of("ivan", "petrov"), List.of("ivan", "petrova"), false),
				"a person of as many words is another person");
	}

	@Test
	void anUnaccentedSurnameSpeaksForThePersonOfTheFullName() {
		DocumentExtraction d = extract("EU envoy Miroslav Lajčák met Serbian President Aleksandar Vucic in Belgrade "
				+ "on Friday. Lajcak said that the talks had been useful.");
		assertEquals("Miroslav Lajčák", claimStarting(d, "the talks had been useful").speaker());
	}

	@Test
	void theUnnamedSpeakerOfALeadIsThePersonNamedNextWithThatRole() {
		DocumentExtraction d = extract("Rebel negotiators began a new round of talks with the army on Tuesday, a "
				+ "rebel spokesman said. Spokesman Omar Haddad said the rebels had brought written proposals.");
		assertEquals("Omar Haddad", claimStarting(d, "Rebel negotiators began").speaker());
		assertEquals("Omar Haddad", claimStarting(d, "the rebels had brought").speaker());
	}

	@Test
	void anUnnamedSpeakerStaysUnnamedWhenTheNextSpeakerWasNamedBefore() {
		DocumentExtraction d = extract("Foreign Minister Lena Hartmann visited the border town on Monday. The "
				+ "crossing will reopen next week, a local official said. Lena Hartmann said the aid convoys were "
				+ "ready.");
		assertTrue(claimStarting(d, "The crossing will reopen").speaker().startsWith("unnamed"));
	}

	private static ExtractedClaim claimStarting(DocumentExtraction d, String prefix) {
		return d.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no claim starting " + prefix + " in " + d.claims()));
	}
}
