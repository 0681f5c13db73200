package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Directional regions written around a place's name rather than before it (mechanism
 * {@code locations.directionPhrases}, twenty-ninth session; runs after both readings): "in the north of Somalia"
 * and "the southern parts of Afghanistan" (a country after "the" and a compass noun or a direction with "parts of")
 * are northern Somalia and southern Afghanistan; "into Syria's northwest." and "in Lebanon's south and east" (a
 * country's possessive owning a compass noun that closes the phrase) are northwestern Syria and southern Lebanon;
 * "Beirut's southern suburbs" and "Canada's west coast" (a place's possessive owning a direction and "suburbs" or
 * "coast") are the southern suburbs of Beirut and the west coast of Canada. The phrase is the region's mention; the
 * place keeps its own. Distances ("40 km south of Goma"), a direction before a name ("Syria's northern Idlib
 * province") and the parts of towns or districts ("the north of Rakhine state") make none.
 */
final class DirectionPhrases {

	private final LocationData words;

	/** A directional region found around the place {@code owner}, named {@code name}, mentioned at [begin, end). */
	private record Region(DocPlace owner, String name, int begin, int end) {
	}

	DirectionPhrases(PlaceNames names) {
		this.words = names.words();
	}

	void add(Reading d) {
		if (!Mechanisms.on("locations.directionPhrases")) {
			return;
		}
		TextCursor c = d.c;
		List<Region> found = new ArrayList<>();
		for (DocPlace dp : d.places.values()) {
			boolean country = dp.place.kind().equals("country");
			boolean city = dp.place.kind().equals("city");
			if (!country && !city) {
				continue;
			}
			for (int[] s : dp.spans) {
				String written = d.t.substring(s[0], s[1]);
				if (!written.equals(dp.name) && !country) {
					continue;
				}
				if (country) {
					ofPhrase(c, dp, s, found);
				}
				ownedPhrase(d, c, dp, s, country, found);
			}
		}
		for (Region f : found) {
			Place p = f.owner().place;
			Place region = new Place(f.name(), "region", p.iso(), p.lat(), p.lon(), 0, 0, true);
			d.enterOver(region, f.name(), f.begin(), f.end(), f.owner().confidence, f.owner().via);
			Mechanisms.fired("locations.directionPhrases", 1);
		}
	}

	/** "the north of Somalia", "the southern parts of Afghanistan". */
	private void ofPhrase(TextCursor c, DocPlace dp, int[] s, List<Region> found) {
		int pos = s[0];
		if (!c.previousWord(pos).equals("of")) {
			return;
		}
		pos = c.previousWordStart(pos);
		String w = c.previousWord(pos);
		int ws = c.previousWordStart(pos);
		String dir;
		if (w.equals("parts") || w.equals("part")) {
			dir = c.previousWord(ws);
			if (!dir.endsWith("ern") || !words.isDirection(dir)) {
				return;
			}
			ws = c.previousWordStart(ws);
		} else {
			dir = w;
			if (dir.endsWith("ern") || dir.equals("central") || !words.isDirection(dir)) {
				return;
			}
		}
		if (!c.previousWord(ws).equals("the")) {
			return;
		}
		found.add(new Region(dp, adjective(dir) + " " + dp.name, ws, s[1]));
	}

	/** "Syria's northwest.", "Lebanon's south and east", "Beirut's southern suburbs", "Canada's west coast". */
	private void ownedPhrase(Reading d, TextCursor c, DocPlace dp, int[] s, boolean country, List<Region> found) {
		if (!c.possessiveAfter(s[1])) {
			return;
		}
		int ds = c.nextWordStart(s[1] + 2);
		if (ds < 0 || !d.t.substring(s[1] + 2, ds).isBlank()) {
			return;
		}
		String dir = c.nextWord(s[1] + 2).toLowerCase(Locale.ROOT);
		if (!words.isDirection(dir) || dir.equals("central")) {
			return;
		}
		int de = c.wordEnd(ds);
		int ns = c.nextWordStart(de);
		String next = ns < 0 || !d.t.substring(de, ns).isBlank() ? "" : c.nextWord(de);
		if (next.equals("suburbs") || next.equals("coast")) {
			int e = c.wordEnd(ns);
			String name = (next.equals("coast") ? dir : adjective(dir)) + " " + next + " of " + dp.name;
			found.add(new Region(dp, name, s[0], e));
			return;
		}
		if (country && !dir.endsWith("ern") && (next.isEmpty() || next.equals("and") || next.equals("or"))) {
			found.add(new Region(dp, adjective(dir) + " " + dp.name, s[0], de));
		}
	}

	/** "north" → "northern", "south-west" → "south-western"; "northern" stays. */
	private static String adjective(String dir) {
		return dir.endsWith("ern") ? dir : dir + "ern";
	}
}
