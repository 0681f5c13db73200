package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;

/**
 * The last step of the places (switch {@code locations.head-mentions}, a rule; engine stage of that name, after
 * every learned component, so that none of them reads its spans): a mention of an emitted place followed by a
 * lower-case place noun takes the noun into its span, as the head-noun stage does for "the Darfur region" ("Darfur
 * region" a mention of Darfur): "detained at Bamako airport", "in the Mijek area", "near Tsum Pi Yang village", "the
 * nearby al-Izba station", "into Russia's Kursk border region", "from the Aegean islands". The nouns are the
 * lower-case heads of place-heads.tsv (one to three words: "village", "refugee camp", "nuclear power plant") and the
 * stretches of ground and sites that table leaves out ({@link #NOUNS}: "border", "station", "park", "zone",
 * "islands" …; not "state": "the Caspian Sea state" is a country), optionally after one of {@link #MODIFIERS} ("border region", "industrial zone", "islands region",
 * "international airport"); not after "a" or "an" ("a Kyiv hospital" is a hospital in Kyiv). The place keeps its name, so the name set the scorer compares still holds the bare name;
 * a mention whose bare text would then leave the place's names (the text differs from the name, as "Odessa" of Odesa,
 * and every mention with that text is followed by a noun) is left as it is. Not when the noun runs on into a word
 * ("area-wide"), when "of" follows it ("the north Darfur city of El Fasher": the noun names another place)
 * or the longer span overlaps another place's mention. Stateless; deterministic.
 */
public final class HeadMentions {

	/** The switch (and the engine stage). */
	public static final String NAME = "locations.head-mentions";

	/** Place nouns place-heads.tsv lacks (it reads them nowhere as heads of a name of their own). */
	static final Set<String> NOUNS = Set.of("border", "borderlands", "station", "park", "zone", "islands", "enclave",
			"frontier", "harbour", "harbor", "terminal", "compound", "outpost", "settlement", "suburb", "suburbs",
			"quarter", "district", "region", "area", "countryside");
	/** Heads of place-heads.tsv that after a place's name mean something else ("a Caspian Sea state": a country). */
	static final Set<String> NOT_NOUNS = Set.of("state");
	/** Words that may stand between the place and its noun. */
	static final Set<String> MODIFIERS = Set.of("border", "islands", "island", "industrial", "international",
			"coastal", "frontier", "military", "refugee", "metropolitan", "capital", "city");

	private HeadMentions() {
	}

	/** The places with the mentions a place noun follows widened over it (the same list when none is, or when off). */
	public static List<ExtractedLocation> apply(String body, List<ExtractedLocation> locs) {
		if (!Mechanisms.on(NAME) || locs.isEmpty()) {
			return locs;
		}
		List<int[]> taken = new ArrayList<>();
		for (ExtractedLocation l : locs) {
			for (TextSpan m : l.mentions()) {
				taken.add(new int[] {m.begin(), m.end()});
			}
		}
		List<ExtractedLocation> out = new ArrayList<>(locs.size());
		int fired = 0;
		for (ExtractedLocation l : locs) {
			List<TextSpan> ms = l.mentions();
			int[] ends = new int[ms.size()];
			// a text whose every mention would widen leaves the place's names unless it is the name itself
			Map<String, Boolean> keepsBare = new HashMap<>();
			for (int k = 0; k < ms.size(); k++) {
				TextSpan m = ms.get(k);
				ends[k] = widened(body, m.begin(), m.end(), taken);
				String key = m.text().toLowerCase(Locale.ROOT);
				keepsBare.merge(key, ends[k] < 0 || key.equals(l.name().toLowerCase(Locale.ROOT)), Boolean::logicalOr);
			}
			List<TextSpan> spans = new ArrayList<>(ms.size());
			boolean changed = false;
			for (int k = 0; k < ms.size(); k++) {
				TextSpan m = ms.get(k);
				if (ends[k] > 0 && keepsBare.get(m.text().toLowerCase(Locale.ROOT))) {
					spans.add(TextSpan.of(body, m.begin(), ends[k]));
					changed = true;
					fired++;
				} else {
					spans.add(m);
				}
			}
			out.add(!changed ? l : new ExtractedLocation(l.name(), l.kind(), l.country(), l.lat(), l.lon(),
					l.geonamesId(), spans, l.confidence()));
		}
		Mechanisms.fired(NAME, fired);
		return fired == 0 ? locs : out;
	}

	/** The end of the mention [begin, end) widened over the place noun after it, or -1. */
	static int widened(String body, int begin, int end, List<int[]> taken) {
		if (end <= begin || end >= body.length() || !Character.isLetterOrDigit(body.charAt(end - 1))
				|| indefinite(body, begin)) {
			return -1;
		}
		List<String> words = new ArrayList<>(4);
		List<Integer> wordEnds = new ArrayList<>(4);
		int i = end;
		while (words.size() < 4 && i + 1 < body.length() && body.charAt(i) == ' '
				&& Character.isLowerCase(body.charAt(i + 1))) {
			int j = i + 1;
			while (j < body.length() && Character.isLetter(body.charAt(j))) {
				j++;
			}
			if (j < body.length() && (body.charAt(j) == '-' || Character.isLetterOrDigit(body.charAt(j)))) {
				break; // "area-wide", "zone2"
			}
			words.add(body.substring(i + 1, j));
			wordEnds.add(j);
			i = j;
		}
		int best = -1;
		for (int n = Math.min(3, words.size()); n >= 1 && best < 0; n--) {
			if (noun(String.join(" ", words.subList(0, n)))) {
				best = wordEnds.get(n - 1);
			} else if (n >= 2 && MODIFIERS.contains(words.get(0)) && noun(String.join(" ", words.subList(1, n)))) {
				best = wordEnds.get(n - 1);
			}
		}
		if (best < 0 || body.startsWith(" of ", best)) {
			return -1; // "the north Darfur city of El Fasher": the noun names another place
		}
		for (int[] t : taken) {
			if (t[0] < best && end < t[1] && !(t[0] == begin && t[1] == end)) {
				return -1;
			}
		}
		return best;
	}

	/** Whether "a" or "an" stands before the mention: "a Kyiv hospital" is a hospital in Kyiv, not a named place. */
	private static boolean indefinite(String body, int begin) {
		int e = begin;
		while (e > 0 && body.charAt(e - 1) == ' ') {
			e--;
		}
		int b = e;
		while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
			b--;
		}
		String w = body.substring(b, e).toLowerCase(Locale.ROOT);
		return e < begin && (w.equals("a") || w.equals("an"));
	}

	private static boolean noun(String words) {
		return NOUNS.contains(words) || !NOT_NOUNS.contains(words) && LocationData.get().head(words) != null;
	}
}
