package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.location;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.extract.TextSpan;

/**
 * A place noun after a place's mention widens the mention (switch {@code locations.head-mentions}, twenty-third
 * session, locs23): on sentences written for the test; {@link #theNounAfterAPlaceJoinsItsMention()} fails with the
 * switch off ({@code -Dsourcebench.off=locations.head-mentions}), the others check where it must not fire.
 */
class HeadMentionsTest {

	private static List<String> texts(ExtractedLocation l) {
		return l.mentions().stream().map(TextSpan::text).toList();
	}

	@Test
	void theNounAfterAPlaceJoinsItsMention() {
		DocumentExtraction d = ExtractionFixture.extract("Ivory Coast asked Mali to release 49 soldiers detained at "
				+ "Bamako airport in July, the government said on Friday.");
		ExtractedLocation bamako = location(d, "Bamako").orElseThrow(() -> new AssertionError(d.locations()));
		assertEquals(List.of("Bamako airport"), texts(bamako), d.locations().toString());
	}

	@Test
	void aNounBeforeOfNamesAnotherPlace() {
		String of = "They fled to the Darfur city of Nyala.";
		int b = of.indexOf("Darfur");
		assertEquals(-1, HeadMentions.widened(of, b, b + 6, List.of()));
		String bare = "They fled to the Darfur city.";
		assertEquals(bare.indexOf('.'), HeadMentions.widened(bare, b, b + 6, List.of()));
	}

	@Test
	void anIndefiniteArticleMakesACommonNoun() {
		String s = "He was taken to a Kyiv hospital.";
		int b = s.indexOf("Kyiv");
		assertEquals(-1, HeadMentions.widened(s, b, b + 4, List.of()));
	}

	@Test
	void aModifierMayStandBeforeTheNoun() {
		String s = "Drones struck Russia's Kursk border region overnight.";
		int b = s.indexOf("Kursk");
		assertEquals(s.indexOf(" overnight"), HeadMentions.widened(s, b, b + 5, List.of()));
		String joined = "Troops entered the Mijek area-wide zone.";
		int m = joined.indexOf("Mijek");
		assertTrue(HeadMentions.widened(joined, m, m + 5, List.of()) < 0);
	}
}
