package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;

/**
 * The twenty-first session's actor spans (helper actors21): a country's office named by a lower-case phrase after
 * the country's possessive ({@code actors.countryOffices}) and military or police ranks before a person's name that
 * titles.tsv does not spell ({@code actors.rankTitles}), and an unnamed speaker's description without the words the
 * speaker reader ran into ({@code actors.unnamedTrim}). Each test fails with its mechanism switched off
 * ({@code -Dsourcebench.off=...}). Sentences written for the test.
 */
class CountryOfficesAndRanksTest {

	private static final LeadingTitles TITLES = new LeadingTitles(ExtractionData.get().titles(),
			PetrarchDictionaries.agents());

	private static String name(String run) {
		return run.substring(TITLES.nameStart(run, 0, run.length()));
	}

	private static List<String> names(DocumentExtraction d) {
		return d.actors().stream().map(ExtractedActor::name).toList();
	}

	private static ExtractedActor actor(DocumentExtraction d, String name) {
		return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + names(d)));
	}

	@Test
	void aCountrysPossessiveBeforeALowerCaseOfficePhraseIsThatOffice() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"Moldova's infrastructure ministry said on Tuesday that the river bridge would stay closed. "
						+ "Moldova and Romania have argued over the crossing for a year. The infrastructure ministry "
						+ "added that repairs would take weeks.");
		ExtractedActor office = actor(d, "Moldovan Infrastructure Ministry");
		List<String> mentions = office.mentions().stream().map(TextSpan::text).toList();
		assertTrue(mentions.contains("Moldova's infrastructure ministry"), mentions.toString());
		assertTrue(mentions.contains("infrastructure ministry"), "the later definite mention: " + mentions);
		assertTrue(names(d).contains("Moldova"), "the country keeps its other mention: " + names(d));
	}

	@Test
	void anOfficePhraseThatTitleCaseMakesAnInstitutionTakesItsCanonical() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"Chile's foreign affairs ministry summoned the ambassador of Peru on Friday. Chile said the talks "
						+ "would resume in May.");
		assertTrue(names(d).contains("Chilean Foreign Ministry"), names(d).toString());
	}

	@Test
	void anOfficeInsideAPersonsTitleOrAfterABareNameIsNoOffice() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"Moldova said the visit went well. The mayor met the head of Moldova's election commission on "
						+ "Monday, and Chisinau since taking office has pressed for more aid.");
		assertFalse(names(d).stream().anyMatch(n -> n.endsWith("Commission") || n.endsWith("Office")),
				names(d).toString());
	}

	@Test
	void hyphenedTitlesAndRanksAreNoPartOfThePersonsName() {
		assertEquals("Naw Tun", name("Lieutenant-Colonel Naw Tun"));
		assertEquals("Naw Tun", name("Lt-Col Naw Tun"));
		assertEquals("Jorge Matavele", name("Major-General Jorge Matavele"));
		assertEquals("Somchai Rakdee", name("Pvt Somchai Rakdee"));
		assertEquals("Aino Virta", name("Detective Superintendent Aino Virta"));
		assertEquals("Aino Virta", name("Field Marshal Aino Virta"));
		assertEquals("Well-Known Aino Virta", name("Well-Known Aino Virta"), "a hyphened word of no titles");
		assertEquals("Commodore Virta", name("Commodore Virta"), "one word left could be the end of a name");
	}

	@Test
	void aRankedNameInTextIsThePersonWithoutTheRank() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"The suspects had fled by boat, Detective Superintendent Aino Virta told reporters in Helsinki.");
		assertTrue(names(d).contains("Aino Virta"), names(d).toString());
		assertFalse(names(d).stream().anyMatch(n -> n.contains("Superintendent")), names(d).toString());
	}

	@Test
	void anUnnamedSpeakersDescriptionLosesALeadingParticipleAndATrailingPlaceOrDay() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"The talks in Geneva were stalled, said a source close to the negotiations in the Swiss city. "
						+ "By evening reports said that two boats had been seized near the harbour. "
						+ "The harbour stayed closed, according to received reports from the coast.");
		List<String> names = names(d);
		assertTrue(names.contains("unnamed reports"), names.toString());
		assertFalse(names.stream().anyMatch(n -> n.contains("received") || n.contains("evening")), names.toString());
	}
}
