package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * Places the location reader missed on the study articles of the twenty-fourth session on issue 11 (locs24): a site
 * named by a proper name and a capitalised facility head ({@code locations.facilityNames}: "the Zaporizhzhia Nuclear
 * Power Plant", "Liaoluo Port", "the Bishop Museum"); on sentences written for the test, the first assertion of
 * each failing with the switch off ({@code -Dsourcebench.off=locations.facilityNames}).
 */
class PlaceCoverage24Test {

	@Test
	void aCapitalisedPlantHeadNamesTheSite() {
		DocumentExtraction d = ExtractionFixture.extract("A drone struck the roof of the Russian-controlled "
				+ "Zaporizhzhia Nuclear Power Plant on Sunday, the agency said.");
		assertTrue(location(d, "Zaporizhzhia Nuclear Power Plant").isPresent(), d.locations().toString());
		assertFalse(location(d, "Zaporizhzhia").isPresent(), d.locations().toString());
	}

	@Test
	void aCapitalisedPortHeadNamesTheSite() {
		DocumentExtraction d = ExtractionFixture.extract("The fishing boat was escorted to Weitou Port by the coast "
				+ "guard on Monday, the council said.");
		assertTrue(location(d, "Weitou Port").isPresent(), d.locations().toString());
	}

	@Test
	void aPeoplesAdjectiveBeforeTheHeadMakesNoSite() {
		DocumentExtraction d = ExtractionFixture.extract("He said the British Museum should return the bronzes to "
				+ "Nigeria.");
		assertFalse(location(d, "British Museum").isPresent(), d.locations().toString());
	}

	@Test
	void aTitleBeforeAPersonsNameMakesNoSite() {
		DocumentExtraction d = ExtractionFixture.extract("South Korean President Park Geun-hye met the envoy in "
				+ "Seoul on Friday.");
		assertFalse(d.locations().stream().anyMatch(l -> l.name().endsWith("Park")), d.locations().toString());
	}
}
