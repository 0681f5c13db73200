package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Places the location reader missed on the newest study articles (eighteenth session on issue 11, locs18): roads
 * named by the towns they join, dateline forms, places opened by a place noun before "between" or "including", and
 * named oil, gas and heritage sites; on sentences written for the test, each assertion failing with its mechanism
 * switched off.
 */
class PlaceCoverage18Test {

	@Test
	void aRoadNamedByTheTownsItJoinsIsOnePlace() {
		// locations.joinedRoutes
		DocumentExtraction d = ExtractionFixture.extract("Soldiers clashed with the rebels on the Lashio-Hsipaw road "
				+ "on Sunday, residents said.");
		assertTrue(location(d, "Lashio-Hsipaw road").isPresent(), d.locations().toString());
	}

	@Test
	void twoShoutedCitiesJoinedByAndOpenTheStory() {
		// locations.datelines3: "TOKYO and SEOUL --"
		DocumentExtraction d = ExtractionFixture.extract("OSLO and STOCKHOLM -- The two governments said on Monday "
				+ "that talks would resume next week.");
		assertTrue(location(d, "Oslo").isPresent(), d.locations().toString());
		assertTrue(location(d, "Stockholm").isPresent(), d.locations().toString());
	}

	@Test
	void aCreditSetOffByABarEndsTheDateline() {
		// locations.datelines3: "Abuja, Nigeria | Xinhua |"
		DocumentExtraction d = ExtractionFixture.extract("Dakar, Senegal | Xinhua | The government announced on "
				+ "Thursday that the talks had been postponed.");
		assertTrue(location(d, "Senegal").isPresent(), d.locations().toString());
	}

	@Test
	void aShoutedCountryAfterTheDatelineCityIsAPlace() {
		// locations.datelines3: "BEIRUT, LEBANON (3:50 P.M.) -"
		DocumentExtraction d = ExtractionFixture.extract("ACCRA, GHANA (2:10 P.M.) - The ministry said the border "
				+ "would stay closed until further notice.");
		assertTrue(location(d, "Ghana").isPresent(), d.locations().toString());
	}

	@Test
	void countriesAfterALakeBetweenArePlaces() {
		// locations.openedLists: "a lake between Russia and Estonia"
		DocumentExtraction d = ExtractionFixture.extract("The patrol boat was stopped on a lake between Malawi and "
				+ "Tanzania, the ministry said.");
		assertTrue(location(d, "Malawi").isPresent(), d.locations().toString());
		assertTrue(location(d, "Tanzania").isPresent(), d.locations().toString());
	}

	@Test
	void namesAfterPlacesIncludingArePlaces() {
		// locations.openedLists: "in places including Hawahabid, Lafoole, Afgoye"
		DocumentExtraction d = ExtractionFixture.extract("The army said operations were under way in places "
				+ "including Warsheikh, Balcad and Adale.");
		assertTrue(location(d, "Warsheikh").isPresent(), d.locations().toString());
		assertTrue(location(d, "Adale").isPresent(), d.locations().toString());
	}

	@Test
	void aNamedRefineryIsAPlace() {
		// locations.facilityHeads: "the Afipsky oil refinery"
		DocumentExtraction d = ExtractionFixture.extract("A drone hit the Novoshakhtinsk oil refinery overnight, "
				+ "the regional governor said.");
		assertTrue(location(d, "Novoshakhtinsk oil refinery").isPresent(), d.locations().toString());
	}

	@Test
	void aNamedPowerPlantWithItsModifierIsOnePlace() {
		// locations.facilityHeads: three-word heads ("the Zaporizhzhia nuclear power plant")
		DocumentExtraction d = ExtractionFixture.extract("Inspectors were travelling to the Kursk nuclear power plant "
				+ "on Tuesday, the agency said.");
		assertTrue(location(d, "Kursk nuclear power plant").isPresent(), d.locations().toString());
	}
}
