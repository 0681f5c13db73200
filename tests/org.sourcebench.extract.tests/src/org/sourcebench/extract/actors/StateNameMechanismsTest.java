package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The state- and place-name mechanisms of the eleventh session on issue 11 (a state or town named otherwise than the
 * tables spell it), on sentences written for the test; each assertion fails with its mechanism switched off.
 */
class StateNameMechanismsTest {

	@Test
	void aBareCompassWordIsTheHalfOfADividedCountryTheTextNames() {
		// actors.compassStates: "the South" in a text naming both Koreas is South Korea
		DocumentExtraction d = extract("North Korea fired two rockets into the sea on Monday, and South Korea "
				+ "raised its alert level. Officials in Pyongyang later accused the South of staging drills near "
				+ "the border.");
		assertTrue(actor(d, "South Korea").map(a -> mentionTexts(a).contains("South")).orElse(false),
				d.actors().toString());
		assertFalse(actor(d, "South").isPresent(), d.actors().toString());
	}

	@Test
	void aCompassWordBeforeANameStaysPartOfIt() {
		// actors.compassStates: "the South China Sea" names no Korea
		DocumentExtraction d = extract("North Korea and South Korea both sent ships to the South China Sea.");
		assertFalse(actor(d, "South Korea").map(a -> mentionTexts(a).contains("South")).orElse(false),
				d.actors().toString());
	}

	@Test
	void anotherSpellingOfACapitalStandsForItsState() {
		// actors.capitalVariants: "Kiev" (GeoNames transliteration of Kyiv) as an agent is Ukraine
		DocumentExtraction d = extract("Officials in Moscow said on Friday that Kiev had rejected the proposal for a "
				+ "prisoner exchange.");
		assertTrue(actor(d, "Ukraine").map(a -> mentionTexts(a).contains("Kiev")).orElse(false),
				d.actors().toString());
	}

	@Test
	void anotherSpellingOfATownIsAPlaceInLocativeUse() {
		// locations.placeVariants: "Kulyab" (GeoNames transliteration of Kulob) after "in"
		DocumentExtraction d = extract("Two border guards were wounded on Sunday and are being treated in Kulyab, the "
				+ "ministry said.");
		assertTrue(location(d, "Kulyab").isPresent(), d.locations().toString());
	}
}
