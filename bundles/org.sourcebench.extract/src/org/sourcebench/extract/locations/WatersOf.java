package org.sourcebench.extract.locations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;

/**
 * A stage after {@link HeadNounPlaces}: a body of water named by a water word, "of" and a capitalised name ("the Bay
 * of Piran", "the Gulf of Thailand", "the Sea of Marmara", "the Strait of Gibraltar") is a sea of its own, whole, with
 * no country (the gold enters seas as supranational), when no table knows it and no actor's name covers it. Not after
 * a capitalised word ("the Persian Gulf of ...", "the Mexican Bay of ..."), nor when the name runs on into a longer
 * capitalised name. Switch {@code locations.watersOf}.
 */
final class WatersOf extends PlaceStage {

	private static final Pattern WATER = Pattern.compile(
			"\\b(?:Gulf|Bay|Sea|Strait|Straits) of (?:the )?\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){0,2}");

	WatersOf(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.watersOf")) {
			return;
		}
		Matcher m = WATER.matcher(d.t);
		while (m.find()) {
			int b = m.start();
			int e = m.end();
			if (e > 2 && (d.t.startsWith("\u2019s", e - 2) || d.t.startsWith("'s", e - 2))) {
				e -= 2; // "the Bay of Bengal's coast"
			}
			int ps = d.c.previousWordStart(b);
			boolean prevCap = ps >= 0 && b > 1 && d.t.charAt(b - 1) == ' '
					&& Character.isUpperCase(d.t.charAt(ps)) && !d.c.sentenceStart(ps);
			String next = d.c.nextWord(e);
			boolean runsOn = e < d.t.length() && d.t.charAt(e) == ' ' && !next.isEmpty()
					&& (Character.isUpperCase(next.charAt(0)) || next.equals("of"));
			if (prevCap || runsOn || !d.free(b, e)) {
				continue;
			}
			String name = d.t.substring(b, e);
			if (names.fullMatch(name, null) != null) {
				continue; // the gazetteer's own stage reads it
			}
			Place p = new Place(name, "sea", "", Double.NaN, Double.NaN, 0, 0, true);
			if (d.add(p, b, e, 0.7, true) != null) {
				Mechanisms.fired("locations.watersOf", 1);
			}
		}
	}
}
