package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

class RelationExtractorTest {

    @Test
    void accusationIsCodedEleven() {
        DocumentExtraction d = extract("Russia's Foreign Ministry accused the United States of violating the deal.");
        assertTrue(hasRelation(d, "Russian Foreign Ministry", "United States", "11"), d.relationships().toString());
    }

    @Test
    void meetingBetweenCoordinatedAgentsGoesBothWays() {
        DocumentExtraction d = extract("Representatives of Iran and Turkey held talks in Tehran on Monday.");
        assertTrue(hasRelation(d, "Iran", "Turkey", "04"));
        assertTrue(hasRelation(d, "Turkey", "Iran", "04"));
    }

    @Test
    void sanctionsAndAirstrikesAreMaterialConflict() {
        DocumentExtraction d = extract("The US Treasury imposed new sanctions on Iran. "
                + "Israeli jets struck Hezbollah positions near the border.");
        assertTrue(hasRelation(d, "US Treasury", "Iran", "16"), d.relationships().toString());
        assertTrue(hasRelation(d, "Israeli Air Force", "Hezbollah", "19"), d.relationships().toString());
    }

    @Test
    void negatedFutureAndHypotheticalEventsAreLeftOut() {
        DocumentExtraction d = extract("Turkey will not attack the SDF. Iran could condemn Israel. "
                + "Saudi Arabia did not meet Qatar.");
        assertTrue(d.relationships().isEmpty(), d.relationships().toString());
    }

    @Test
    void nominalEventTakesItsAgentsFromTheByPhrase() {
        DocumentExtraction d = extract("Damascus condemned the airstrikes by the United States and France on Syrian "
                + "government positions.");
        assertTrue(hasRelation(d, "France", "Syria", "19"), d.relationships().toString());
        assertFalse(hasRelation(d, "Syria", "Syria", "11"));
    }
}
