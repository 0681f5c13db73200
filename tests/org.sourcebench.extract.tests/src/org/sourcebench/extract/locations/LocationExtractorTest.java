package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedLocation;

class LocationExtractorTest {

    @Test
    void directionalRegionIsItsOwnLocation() {
        DocumentExtraction d = extract("Fighting continued in northern Syria and in Iraq.");
        assertEquals("Syria", location(d, "northern Syria").orElseThrow().country());
        assertTrue(location(d, "Iraq").isPresent());
    }

    @Test
    void datelineCityAndSitesAreLocationsWithCoordinates() {
        DocumentExtraction d = extract("DAMASCUS (SANA) - Troops advanced from Palmyra towards the Euphrates "
                + "and the Hmeimim air base.");
        ExtractedLocation damascus = location(d, "Damascus").orElseThrow();
        assertEquals("Syria", damascus.country());
        assertFalse(Double.isNaN(damascus.lat()));
        assertEquals("Syria", location(d, "Palmyra").orElseThrow().country());
        assertNull(location(d, "Euphrates").orElseThrow().country());
        assertTrue(location(d, "Hmeimim").isPresent());
    }

    @Test
    void capitalAsAgentAndEventNamesAreNotLocations() {
        DocumentExtraction d = extract("Moscow said the Geneva talks and the Astana process must continue.");
        assertTrue(d.locations().isEmpty(), d.locations().toString());
    }

    @Test
    void ambiguousCityPrefersTheDocumentsCountries() {
        DocumentExtraction d = extract("Syrian troops retook Palmyra from Islamic State in Syria.");
        assertEquals("Syria", location(d, "Palmyra").orElseThrow().country());
    }

    @Test
    void adjectivesAreNotLocations() {
        DocumentExtraction d = extract("Jets struck near the Jordanian border on Syrian territory.");
        assertTrue(d.locations().isEmpty(), d.locations().toString());
    }
}
