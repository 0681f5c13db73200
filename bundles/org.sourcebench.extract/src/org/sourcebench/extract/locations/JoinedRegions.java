package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 1b of {@link LocationExtractor}: first-level regions whose GeoNames name joins two names with "and" ("Jammu
 * and Kashmir", "Sistan and Baluchestan province"), read whole before their parts are read as places of their own.
 * A whole run of name words on each side of the "and" must spell the region (its head noun may follow), so "Central
 * and Western Europe" is no region "Central and Western".
 */
final class JoinedRegions extends PlaceStage {

	private static final Pattern AND = Pattern.compile(" and (?=\\p{Lu})");
	private static final int MAX_WORDS = 4;

	JoinedRegions(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.joinedRegions")) {
			return;
		}
		TextCursor c = d.c;
		Matcher m = AND.matcher(d.t);
		while (m.find()) {
			int end = rightRunEnd(c, m.end());
			if (end <= m.end()) {
				continue;
			}
			for (int b : leftRunStarts(c, m.start())) {
				Place region = region(d, d.t.substring(b, end));
				if (region != null && !Reading.overlaps(d.taken, b, end) && (d.free(b, end) || d.actorsInside(b, end))) {
					d.add(region, b, end, 0.8, true);
					Mechanisms.fired("locations.joinedRegions", d.prior == null ? 0 : 1);
					break;
				}
			}
		}
	}

	/** The end of the run of name words starting at {@code start}, without a trailing possessive. */
	private static int rightRunEnd(TextCursor c, int start) {
		int e = start;
		for (int n = 0; n < MAX_WORDS; n++) {
			int s = c.nextWordStart(e);
			if (s < 0 || s > e + 1 || n == 0 && s != start) {
				break;
			}
			String w = c.text().substring(s, c.wordEnd(s));
			if (!PlaceNameRuns.isNameWord(w)) {
				break;
			}
			e = w.endsWith("'s") ? c.wordEnd(s) - 2 : c.wordEnd(s);
			if (w.endsWith("'s")) {
				break;
			}
		}
		return e;
	}

	/** The starts of the name words before {@code end}, longest run first ("In Jammu", then "Jammu"). */
	private static List<Integer> leftRunStarts(TextCursor c, int end) {
		List<Integer> starts = new ArrayList<>();
		int pos = end;
		for (int n = 0; n < MAX_WORDS; n++) {
			int s = c.previousWordStart(pos);
			if (s < 0 || !c.onlySpaces(c.wordEnd(s), pos) || pos - c.wordEnd(s) > 1
					|| !PlaceNameRuns.isNameWord(c.text().substring(s, c.wordEnd(s)))) {
				break;
			}
			starts.add(0, s);
			pos = s;
		}
		return starts;
	}

	/** The first-level region of that name, in the story's countries first, or null. */
	private Place region(Reading d, String name) {
		List<Place> same = words.regions(name);
		if (same.isEmpty()) {
			return null;
		}
		Place r = PlaceNames.choose(same, d::rank);
		return new Place(r.name(), "province", r.iso(), Double.NaN, Double.NaN, r.geonamesId(), 0, false);
	}
}
