package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;

/**
 * A place whose every mention is a word of a longer place name gets that name and extent (mechanism
 * {@code locations.nameExtents}): a sea or gulf head of place-heads.tsv with "of" and a capitalised name after it
 * ("the Gulf of Finland", not the Persian Gulf of "Gulf"), the name after such a head and "of" ("the Sea of Azov", not
 * the town Azov), or a name followed by a Romance place particle and a capitalised word ("Mocimboa da Praia").
 * Places left with no mention of their own inside the longer names are dropped. Runs after both readings.
 */
final class NameExtents {

	private static final int MAX_NAME_WORDS = 3;

	private final PlaceNames names;

	NameExtents(PlaceNames names) {
		this.names = names;
	}

	void extend(Reading d) {
		if (!Mechanisms.on("locations.nameExtents")) {
			return;
		}
		Map<String, DocPlace> out = new LinkedHashMap<>();
		List<int[]> longer = new ArrayList<>();
		for (DocPlace dp : d.places.values()) {
			String name = null;
			List<int[]> spans = new ArrayList<>();
			for (int[] s : dp.spans) {
				int[] x = longer(d.t, s);
				String text = x == null ? null : d.t.substring(x[0], x[1]);
				if (text == null || name != null && !name.equals(text)) {
					name = null;
					break;
				}
				name = text;
				spans.add(x);
			}
			if (name == null || out.containsKey(name) || d.places.containsKey(name)) {
				out.put(dp.name, dp);
				continue;
			}
			DocPlace n = new DocPlace(name, dp.place, dp.confidence, dp.via);
			n.spans.addAll(spans);
			n.guessed = dp.guessed;
			out.put(name, n);
			longer.addAll(spans);
			Mechanisms.fired("locations.nameExtents", 1);
		}
		if (longer.isEmpty()) {
			return;
		}
		d.places.clear();
		for (DocPlace dp : out.values()) {
			dp.spans.removeIf(s -> longer.stream().anyMatch(x -> x[0] <= s[0] && s[1] <= x[1]
					&& (x[0] < s[0] || s[1] < x[1])));
			if (!dp.spans.isEmpty()) {
				d.places.put(dp.name, dp);
			}
		}
	}

	/** The extent of the longer place name the mention {@code s} is a word of, or null. */
	private int[] longer(String t, int[] s) {
		String text = t.substring(s[0], s[1]);
		int space = text.lastIndexOf(' ');
		String last = space < 0 ? text : text.substring(space + 1);
		if (sea(last) && t.startsWith(" of ", s[1])) {
			int e = capitalisedRunEnd(t, s[1] + 4);
			if (e > s[1] + 4) {
				return new int[] {s[0], e}; // "Gulf of Finland"
			}
		}
		if (s[0] >= 4 && t.startsWith(" of ", s[0] - 4)) {
			int h = s[0] - 4;
			int b = h;
			while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
				b--;
			}
			if (b < h && Character.isUpperCase(t.charAt(b)) && sea(t.substring(b, h))) {
				return new int[] {b, s[1]}; // "Sea of Azov"
			}
		}
		int p = s[1] + 1;
		if (p < t.length() && t.charAt(s[1]) == ' ') {
			int pe = p;
			while (pe < t.length() && Character.isLowerCase(t.charAt(pe))) {
				pe++;
			}
			if (pe > p && LocationData.get().is("place-particle", t.substring(p, pe)) && t.startsWith(" ", pe)) {
				int e = capitalisedRunEnd(t, pe + 1);
				int first = t.indexOf(' ', pe + 1);
				e = first > 0 && first < e ? first : e; // one word: "Praia", not "Praia Mueda"
				if (e > pe + 1) {
					return new int[] {s[0], e}; // "Mocimboa da Praia"
				}
			}
		}
		return null;
	}

	private boolean sea(String word) {
		return "sea".equals(names.data().placeHeads().get(word));
	}

	/** End of the run of up to three capitalised words starting at {@code from}, or {@code from}. */
	private static int capitalisedRunEnd(String t, int from) {
		int e = from;
		for (int k = 0; k < MAX_NAME_WORDS; k++) {
			int w = k == 0 ? from : e + 1;
			if (k > 0 && !t.startsWith(" ", e) || w >= t.length() || !Character.isUpperCase(t.charAt(w))) {
				break;
			}
			int end = w;
			while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
				end++;
			}
			e = end;
		}
		return e;
	}
}
