package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 1b of {@link LocationExtractor}: a region whose name joins two names with "and" ("Jammu and Kashmir",
 * "Sistan and Baluchestan", "Newfoundland and Labrador") is one place, not two: at each "and" between capitalised
 * words, the longest run of up to three words on either side that names a first-level region (regions.tsv) or a place
 * of the gazetteer is read before the stages that would take its halves.
 */
final class JoinedRegions extends PlaceStage {

	private static final int MAX_WORDS = 3;

	JoinedRegions(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.joinedRegions")) {
			return;
		}
		String t = d.t;
		TextCursor c = d.c;
		for (int and = t.indexOf(" and ", 1); and >= 0; and = t.indexOf(" and ", and + 1)) {
			int right = and + 5;
			if (!TextCursor.capitalised(c.nextWord(right)) || !TextCursor.capitalised(c.previousWordAsWritten(and))) {
				continue;
			}
			int[] ends = capitalisedEnds(c, right);
			int[] begins = capitalisedBegins(c, and);
			found:
			for (int b : begins) {
				for (int e : ends) {
					if (b < 0 || e < 0) {
						continue;
					}
					Place p = place(d, t.substring(b, e));
					if (p != null && d.free(b, e) && !TextCursor.capitalised(c.nextWord(e))) {
						d.add(p, b, e, 0.85, true);
						Mechanisms.fired("locations.joinedRegions", 1);
						break found;
					}
				}
			}
		}
	}

	/** The gazetteer place named exactly {@code name}, or a region so named of a country the story names, or null. */
	private Place place(Reading d, String name) {
		Place full = names.fullMatch(name, null);
		if (full != null && !full.kind().equals("country")) {
			return full;
		}
		Place region = PlaceNames.choose(words.regions(name), d::rank);
		return region != null && LocationData.key(name).contains(" and ") && d.rank(region.iso()) > 0 ? region : null;
	}

	/** Ends of runs of one to three capitalised words from {@code start}, longest first (-1 where none). */
	private static int[] capitalisedEnds(TextCursor c, int start) {
		int[] out = {-1, -1, -1};
		int at = start;
		for (int n = 0; n < MAX_WORDS; n++) {
			int s = c.nextWordStart(at);
			if (s != at || !TextCursor.capitalised(c.nextWord(s))) {
				break;
			}
			at = c.wordEnd(s);
			out[MAX_WORDS - 1 - n] = at;
			if (at >= c.text().length() || c.text().charAt(at) != ' ') {
				break;
			}
			at++;
		}
		return out;
	}

	/** Starts of runs of one to three capitalised words ending at {@code end}, longest first (-1 where none). */
	private static int[] capitalisedBegins(TextCursor c, int end) {
		int[] out = {-1, -1, -1};
		int at = end;
		for (int n = 0; n < MAX_WORDS; n++) {
			int s = c.previousWordStart(at);
			if (s < 0 || c.wordEnd(s) != at || !TextCursor.capitalised(c.previousWordAsWritten(at))) {
				break;
			}
			out[MAX_WORDS - 1 - n] = s;
			if (s == 0 || c.text().charAt(s - 1) != ' ') {
				break;
			}
			at = s - 1;
		}
		return out;
	}
}
