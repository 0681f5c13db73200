package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 4 of {@link LocationExtractor}: gazetteer places (regions, sites, rivers, cities) that are not part of an
 * actor's name; a city of the GeoNames table only where it reads as a name of its own and is likely in this story.
 */
final class GazetteerPlaces extends PlaceStage {

	/** An Arabic article joined to the name after it ("al-", "el-", "ash-", "ad-"). */
	private static final Pattern ARTICLE = Pattern.compile("(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-$");

	private final LocativeFrames frames;
	private final PlaceNameRuns runs;
	private final LongerNames longer;

	GazetteerPlaces(PlaceNames names, LocativeFrames frames, PlaceNameRuns runs) {
		super(names);
		this.frames = frames;
		this.runs = runs;
		this.longer = new LongerNames(names, runs);
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
			int before = d.c.previousWordStart(m.begin());
			if (before >= 0 && runs.joins(d.c, before, d.c.previousWordAsWritten(m.begin()))) {
				continue; // the end of a longer name ("Nioro du Sahel" is no mention of the Sahel)
			}
			if (Mechanisms.on("locations.longerNames") && longer.inside(d, m.begin(), longest)) {
				Mechanisms.fired("locations.longerNames", 1);
				continue;
			}
			if (best == null || best.kind().equals("country") || !plausible(d, m.begin(), longest, best)
					|| names.eventNounAfter(d.c.nextWord(longest)) || words.is("modifier-determiner", article)
					|| names.waterBeforeSettlement(d, best, longest)) {
				continue;
			}
			if (calendarWord(d.t.substring(m.begin(), longest))) {
				continue; // "on March 22", "by March 2024": a month, not the GeoNames town of that name
			}
			if (data.isWorldFeature(best.name()) && d.c.capitalisedWordAfter(longest)) {
				continue; // "the Southern Africa Development Community", "the Atlantic Council"
			}
			d.add(best, withArticle(d, m.begin()), withMentionHead(d, longest), best.curated() ? 0.85 : 0.7, true);
		}
	}

	/**
	 * Whether a gazetteer match is a word of the calendar ({@code locations.calendarWords}): a month or a day of the
	 * non-place class or an abbreviated month ("March", "Oct") is no place even where GeoNames has a town of that
	 * name (March, Cambridgeshire).
	 */
	private boolean calendarWord(String text) {
		if (names.monthAbbreviation(text)) {
			return true;
		}
		if (!Mechanisms.on("locations.calendarWords") || !words.is("non-place", text)) {
			return false;
		}
		Mechanisms.fired("locations.calendarWords", 1);
		return true;
	}

	/**
	 * The start of a place mention whose name the gazetteer has without the Arabic article joined to it by a hyphen
	 * ("al-Hodeidah" for Hodeidah, "el-Fasher"): the mention is the name as written.
	 */
	private static int withArticle(Reading d, int begin) {
		Matcher m = ARTICLE.matcher(d.t.substring(Math.max(0, begin - 4), begin));
		if (!m.find()) {
			return begin;
		}
		int b = begin - (m.end() - m.start());
		return b == 0 || !d.c.isWordChar(b - 1) ? b : begin;
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
		if (p.population() < PlaceNames.SMALL_TOWN) {
			// a town's name is often a word or a name too ("Progreso", "Libertad"): only in locative use
			return d.rank(p.iso()) > 0 && frames.locativeFrame(d, b, e, false);
		}
		return d.rank(p.iso()) > 0 || p.population() >= PlaceNames.BIG_CITY && frames.locativeFrame(d, b, e, false);
	}
}
