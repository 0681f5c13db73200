package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 4 of {@link LocationExtractor}: gazetteer places (regions, sites, rivers, cities) that are not part of an
 * actor's name; a city of the GeoNames table only where it reads as a name of its own and is likely in this story.
 */
final class GazetteerPlaces {

	private final ExtractionData data;
	private final LocationData words;
	private final LocativeFrames frames;

	GazetteerPlaces(PlaceNames names, LocativeFrames frames) {
		this.frames = frames;
		this.data = names.data();
		this.words = names.words();
	}

	void read(Reading d) {
		List<PhraseIndex.Match<Place>> matches = data.gazetteer().index().findAll(d.t);
		for (int i = 0; i < matches.size(); i++) {
			PhraseIndex.Match<Place> m = matches.get(i);
			int j = i;
			int longest = m.end();
			for (; j < matches.size() && matches.get(j).begin() == m.begin(); j++) {
				longest = Math.max(longest, matches.get(j).end());
			}
			List<Place> same = new ArrayList<>();
			for (int k = i; k < j; k++) {
				if (matches.get(k).end() == longest) {
					same.add(matches.get(k).value());
				}
			}
			i = j - 1;
			Place best = PlaceNames.choose(same, d::rank);
			if (!d.free(m.begin(), longest) && !(best != null && d.actorsInside(m.begin(), longest))) {
				continue;
			}
			String article = d.c.previousWord(m.begin());
			if (best == null || best.kind().equals("country") || !plausible(d, m.begin(), longest, best)
					|| data.isEventNoun(d.c.nextWord(longest)) || article.equals("a") || article.equals("an")) {
				continue;
			}
			d.add(best, m.begin(), withMentionHead(d, longest), best.curated() ? 0.85 : 0.7, true);
		}
	}

	/** The end of a place mention with a following head noun that belongs to it ("Idlib province"). */
	private int withMentionHead(Reading d, int end) {
		String next = d.c.nextWord(end);
		LocationData.Head h = next.isEmpty() || d.t.charAt(end) != ' ' ? null : words.head(next);
		return h != null && h.role() == LocationData.Role.MENTION ? d.c.wordEnd(d.c.nextWordStart(end)) : end;
	}

	/** A city name is a place only where it reads as a name of its own and is likely in this document. */
	private boolean plausible(Reading d, int b, int e, Place p) {
		if (p.curated()) {
			return true;
		}
		TextCursor c = d.c;
		int ps = c.previousWordStart(b);
		boolean prevCap = ps >= 0 && b > 1 && d.t.charAt(b - 1) == ' ' && Character.isUpperCase(d.t.charAt(ps))
				&& !c.sentenceStart(ps);
		String next = c.nextWord(e);
		boolean nextCap = !next.isEmpty() && e < d.t.length() && d.t.charAt(e) == ' '
				&& Character.isUpperCase(next.charAt(0));
		if (prevCap || nextCap) {
			return false;
		}
		return d.rank(p.iso()) > 0 || p.population() >= PlaceNames.BIG_CITY && frames.locativeFrame(d, b, e, false);
	}
}
