package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 1a of {@link LocationExtractor}: names defined by the acronym after them ("the Military Observer Group in
 * India and Pakistan (MOGIP)", "the Organization for Security and Co-operation in Europe (OSCE)") are the names of
 * bodies, and the places inside them are no locations (GUIDELINES: place names used only inside names). The
 * capitalised words before the bracket must spell the acronym's letters in order, small linking words ("in", "and",
 * "of", "for", "the") between them; the name's words are taken so that no later stage reads a place there.
 */
final class AcronymNames extends PlaceStage {

	private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,9})\\)");
	private static final int MAX_WORDS = 14;

	AcronymNames(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.acronymNames")) {
			return;
		}
		Matcher m = ACRONYM.matcher(d.t);
		while (m.find()) {
			String letters = m.group(1).replaceAll("\\p{Ll}", "");
			if (letters.length() < 3) {
				continue;
			}
			int b = spelledName(d.c, m.start(), letters);
			if (b >= 0 && !Reading.overlaps(d.taken, b, m.start())) {
				int e = d.t.substring(0, m.start()).stripTrailing().length();
				if (!data.countries().index().findAll(d.t.substring(b, e)).isEmpty()
						|| !data.gazetteer().index().findAll(d.t.substring(b, e)).isEmpty()) {
					Mechanisms.fired("locations.acronymNames", d.prior == null ? 0 : 1);
				}
				d.taken.add(new int[] {b, e});
			}
		}
	}

	/** The start of the words before {@code end} whose initials spell {@code letters}, or -1. */
	private static int spelledName(TextCursor c, int end, String letters) {
		int k = letters.length() - 1;
		int pos = end;
		int start = -1;
		for (int n = 0; n < MAX_WORDS && k >= 0; n++) {
			int s = c.previousWordStart(pos);
			if (s < 0 || !c.onlySpaces(c.wordEnd(s), pos)) {
				return -1;
			}
			String w = c.text().substring(s, c.wordEnd(s));
			if (Character.isUpperCase(w.charAt(0)) && w.charAt(0) == letters.charAt(k)) {
				k--;
				start = s;
			} else if (!LINKS.contains(w.toLowerCase(Locale.ROOT)) || start < 0) {
				return -1;
			}
			pos = s;
		}
		return k < 0 ? start : -1;
	}

	private static final java.util.Set<String> LINKS = java.util.Set.of("in", "and", "of", "for", "the", "on", "de",
			"du", "des", "la", "el", "al");
}
