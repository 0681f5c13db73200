package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Names the location reader took for places on the study articles of the twenty-eighth session on issue 11 (locs28),
 * on sentences written for the test; each test's first assertion fails with its switch off: a place name inside the
 * name of a treaty or convention ({@code locations.agreementNames}: "the Vienna Convention"), a word of the calendar
 * ({@code locations.calendarWords}: "on March 22", "in Oct") and the surname of a person of the story
 * ({@code locations.personSurnames}: "Josh Green ... Green expressed").
 */
class PlaceCoverage28Test {

	@Test
	void aCityInsideAConventionsNameIsNoPlace() {
		DocumentExtraction d = ExtractionFixture.extract("Argentina must now name a new custodian acceptable to "
				+ "Caracas, as required by the 1961 Vienna Convention, the ministry said.");
		assertFalse(location(d, "Vienna").isPresent(), d.locations().toString());
		assertTrue(location(d, "Caracas").isPresent(), d.locations().toString());
	}

	@Test
	void aMonthIsNoTown() {
		DocumentExtraction d = ExtractionFixture.extract("The Indonesian military and police carried out aerial "
				+ "surveillance in Central Papua province on March 22. The joint force arrested six men.");
		assertFalse(location(d, "March").isPresent(), d.locations().toString());
		assertTrue(location(d, "Central Papua").isPresent(), d.locations().toString());
	}

	@Test
	void anAbbreviatedMonthIsNoPlace() {
		DocumentExtraction d = ExtractionFixture.extract("The results of the election in Oct were rejected by the "
				+ "framework, officials in Baghdad said.");
		assertFalse(location(d, "Oct").isPresent(), d.locations().toString());
		assertTrue(location(d, "Baghdad").isPresent(), d.locations().toString());
	}

	@Test
	void aPersonsSurnameIsNoTown() {
		DocumentExtraction d = ExtractionFixture.extract("Taiwan President Lai Ching-te has begun a visit to Hawaii "
				+ "in the United States. During his visit, he engaged with Hawaii's governor, Josh Green, and members "
				+ "of Congress. In his post, Green expressed a warm welcome to Lai and his delegation.");
		assertFalse(location(d, "Green").isPresent(), d.locations().toString());
		assertTrue(location(d, "Hawaii").isPresent(), d.locations().toString());
	}
}
