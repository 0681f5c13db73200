package org.sourcebench.extract.locations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;

/**
 * Stage 1c of {@link LocationExtractor} ({@code locations.borderPairs}): a border named by the two sides it divides
 * is one place, read before the stages that would take its halves: two or more capitalised names joined by hyphens
 * before "border", "frontier" or "boundary", at least one of them a country's name, capital or adjective ("the
 * Chad-Sudan border", "the Peru-Ecuador frontier", "the Indo-Bhutan border"), or "inter-" with a capitalised word
 * ("the inter-Korean border"). A border shared by two countries belongs to neither (no country). Not before an event
 * noun ("the Chad-Sudan border dispute" names a dispute).
 */
final class BorderPairs extends PlaceStage {

	private static final Pattern PAIR = Pattern.compile(
			"(?<![\\p{L}\\p{N}-])((?:[Ii]nter-\\p{Lu}\\p{L}+)|\\p{Lu}[\\p{L}.]*(?:-\\p{Lu}[\\p{L}.]*)+)"
					+ " ([Bb]order|[Ff]rontier|[Bb]oundary)(?![\\p{L}\\p{N}-])");

	BorderPairs(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.borderPairs")) {
			return;
		}
		Matcher m = PAIR.matcher(d.t);
		while (m.find()) {
			int b = m.start();
			int e = m.end();
			String pair = m.group(1);
			if (!pair.regionMatches(true, 0, "inter-", 0, 6) && !namesACountry(pair)
					|| names.eventNounAfter(d.c.nextWord(e)) || Reading.overlaps(d.taken, b, e)) {
				continue;
			}
			String name = d.t.substring(b, e);
			Place p = new Place(name, "region", "", Double.NaN, Double.NaN, 0, 0, true);
			if (d.add(p, b, e, 0.7, false) != null) {
				Mechanisms.fired("locations.borderPairs", 1);
			}
		}
	}

	/** Whether a part of the hyphenated {@code pair} is a country's name, alias, capital or adjective. */
	private boolean namesACountry(String pair) {
		for (String part : pair.split("-")) {
			if (names.isCountryOrCapital(part) || names.isAdjective(part)) {
				return true;
			}
		}
		return false;
	}
}
