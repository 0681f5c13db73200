package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 2 of {@link LocationExtractor}: names before a place head noun (place-heads.tsv) and the role the head gives
 * them: part of the name ("Rakhine State", "the Red Sea"), a descriptor left out of the name ("the Darfur region",
 * "the Jabra neighborhood") or a plural that makes every name of a list a place ("Kyauktaw, Ponnagyun and Buthidaung
 * townships"). The capitalised facility heads read under {@code locations.facilityNames} (twenty-fourth session:
 * "the Zaporizhzhia Nuclear Power Plant", "Weitou Port", "the Bishop Museum") make the name before them one site.
 */
final class HeadNounPlaces extends PlaceStage {

	private final PlaceNameRuns nameRuns;
	private final CountryOfPlace countries;

	HeadNounPlaces(PlaceNames names, PlaceNameRuns nameRuns, CountryOfPlace countries) {
		super(names);
		this.nameRuns = nameRuns;
		this.countries = countries;
	}

	void read(Reading d) {
		TextCursor c = d.c;
		String t = d.t;
		for (int i = c.wordStartFrom(0); i < t.length(); i = c.wordStartFrom(i + 1)) {
			String w = t.substring(i, c.wordEnd(i));
			int after = c.wordEnd(i);
			String two = c.nextWord(after).isEmpty() || t.charAt(after) != ' ' ? null : w + " " + c.nextWord(after);
			LocationData.Head head = two == null ? null : head(two);
			int headEnd = head == null ? after : c.wordEnd(c.nextWordStart(after));
			if (head == null && two != null && Mechanisms.on("locations.facilityHeads")) {
				int secondEnd = c.wordEnd(c.nextWordStart(after));
				String third = c.nextWord(secondEnd);
				LocationData.Head three = third.isEmpty() || secondEnd >= t.length() || t.charAt(secondEnd) != ' '
						? null : head(two + " " + third);
				if (three != null) {
					head = three; // "the Zaporizhzhia nuclear power plant"
					headEnd = c.wordEnd(c.nextWordStart(secondEnd));
					Mechanisms.fired("locations.facilityHeads", 1);
				}
			}
			if (head == null) {
				head = head(w);
			}
			boolean plural = false;
			if (head == null && w.length() > 3 && Character.isLowerCase(w.charAt(0)) && w.endsWith("s")) {
				head = head(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1));
				plural = head != null && head.role() != LocationData.Role.NAME;
				if (!plural) {
					head = null;
				}
			}
			if (head == null || Reading.overlaps(d.taken, i, headEnd)) {
				continue;
			}
			if (plural) {
				headList(d, i, headEnd, head);
			} else {
				headPlace(d, i, headEnd, head);
			}
			i = headEnd - 1;
		}
	}

	/** The place head {@code w}; lower-case heads ("province", "port") only with {@code locations.lowerHeads}. */
	private LocationData.Head head(String w) {
		LocationData.Head h = words.head(w);
		return h != null && Character.isLowerCase(w.charAt(0)) && !Mechanisms.on("locations.lowerHeads") ? null : h;
	}

	private void headPlace(Reading d, int headStart, int headEnd, LocationData.Head head) {
		TextCursor c = d.c;
		int b = nameRuns.nameRunBefore(c, headStart);
		int named = curatedEndingAt(d, headStart);
		if (named >= 0 && (b < 0 || named < b) && Character.isUpperCase(c.text().charAt(named))) {
			b = named; // "the At Tanf base": the gazetteer's name, whatever its words
		}
		if (b < 0) {
			return;
		}
		int runEnd = b + c.text().substring(b, headStart).stripTrailing().length();
		String run = c.text().substring(b, runEnd);
		boolean site = head.kind().equals("site");
		Place curated = named == b ? names.fullMatch(run, d.dominant) : null;
		if (curated != null && curated.kind().equals("site") && site && d.free(b, headEnd)) {
			d.add(curated, b, headEnd, 0.85, true); // "the At Tanf base" is At Tanf
			return;
		}
		if (head.role() == LocationData.Role.NAME && c.sentenceStart(b) && run.indexOf(' ') < 0
				&& names.fullMatch(run, null) == null && words.regions(run).isEmpty()) {
			return; // "Province officials said": a capitalised opening word
		}
		Place whole = names.fullMatch(c.text().substring(b, headEnd), null);
		if (whole != null && names.waterBeforeSettlement(d, whole, headEnd)) {
			return;
		}
		if (whole != null && whole.curated() && !whole.kind().equals("country")
				&& (d.free(b, headEnd) || d.actorsInside(b, headEnd))) {
			d.add(whole, b, headEnd, 0.85, true); // "the Taiwan Strait", "Red Sea"
			return;
		}
		if (names.countryNamed(run) != null || names.isCountryOrCapital(c.text().substring(b, headEnd))
				|| names.isCountryOrCapital(run) && (site || head.role() == LocationData.Role.NAME)) {
			return; // "United States"; "the Kyiv market": a modifier; "the Pyongyang region" is read
		}
		if (words.is("non-place", run) || names.isAdjective(run)) {
			return; // "Islamic State", "the Syrian region"
		}
		if (!d.free(b, headEnd) && !(site && d.actorOnlyHere(b, runEnd)) && !d.personsOnly(b, runEnd)) {
			return;
		}
		if (Mechanisms.on("locations.groupAdjectives") && whole == null && head.role() != LocationData.Role.NAME
				&& names.isGroupAdjective(run)) {
			Mechanisms.fired("locations.groupAdjectives", 1);
			return; // "the Jewish state", "a Kurdish region": a people, not a place
		}
		Place known = whole != null ? whole : names.fullMatch(run, d.dominant);
		if (known != null && names.waterBeforeSettlement(d, known, runEnd)) {
			return;
		}
		int spanEnd = head.role() == LocationData.Role.DESCRIPTOR ? runEnd : headEnd;
		if (known != null && (whole != null || head.role() != LocationData.Role.NAME)) {
			d.add(known, b, spanEnd, 0.8, true);
			return;
		}
		String name = head.role() == LocationData.Role.NAME ? c.text().substring(b, headEnd) : run;
		String iso = countries.countryOf(d, b, headEnd, run, null);
		double[] ll = known == null ? new double[] {Double.NaN, Double.NaN} : new double[] {known.lat(), known.lon()};
		Place p = new Place(name, head.kind(), iso, ll[0], ll[1], names.regionId(run, iso), 0, true);
		boolean guessed = d.guessed;
		DocPlace dp = d.add(p, b, spanEnd, 0.65, true);
		if (dp != null) {
			dp.guessed = guessed;
			Mechanisms.fired(head.mechanism().isEmpty() ? "locations.headNouns" : head.mechanism(), 1);
		}
		if (dp != null && !site) {
			dp.bare = run;
		}
	}

	/** "Kyauktaw, Ponnagyun, Rathedaung and Buthidaung townships": every name of the list is a place. */
	private void headList(Reading d, int headStart, int headEnd, LocationData.Head head) {
		TextCursor c = d.c;
		List<int[]> runs = new ArrayList<>();
		int end = headStart;
		while (true) {
			int b = nameRuns.nameRunBefore(c, end);
			if (b < 0) {
				break;
			}
			int runEnd = b + c.text().substring(b, end).stripTrailing().length();
			runs.add(new int[] {b, runEnd});
			String conj = c.previousWord(b);
			int comma = c.commaBefore(b);
			if (comma >= 0) {
				end = comma;
			} else if (conj.equals("and") || conj.equals("or")) {
				end = c.previousWordStart(b);
				int comma2 = c.commaBefore(end);
				end = comma2 >= 0 ? comma2 : end;
			} else {
				break;
			}
		}
		if (runs.size() < 2) {
			return;
		}
		String hint = null;
		for (int[] r : runs) {
			String iso = countries.countryOf(d, r[0], r[1], c.text().substring(r[0], r[1]), null);
			if (!iso.isEmpty() && !iso.equals(d.dominant)) {
				hint = iso;
			}
		}
		for (int k = runs.size() - 1; k >= 0; k--) {
			int[] r = runs.get(k);
			if (!d.free(r[0], r[1])) {
				continue;
			}
			String run = c.text().substring(r[0], r[1]);
			String iso = countries.countryOf(d, r[0], r[1], run, hint);
			boolean guessed = d.guessed;
			Place p = new Place(run, head.kind(), iso, Double.NaN, Double.NaN, names.regionId(run, iso), 0, true);
			DocPlace dp = d.add(p, r[0], r[1], 0.6, true);
			if (dp != null) {
				dp.bare = run;
				dp.guessed = guessed;
			}
		}
	}

	/** The start of a hand-compiled gazetteer name of up to four words ending right before {@code headStart}, or -1. */
	private int curatedEndingAt(Reading d, int headStart) {
		int end = d.t.substring(0, headStart).stripTrailing().length();
		int best = -1;
		int pos = end;
		for (int n = 0; n < 4; n++) {
			int s = d.c.previousWordStart(pos);
			if (s < 0) {
				break;
			}
			List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
			data.gazetteer().index().matchAt(d.t, s, ms);
			if (ms.stream().anyMatch(m -> m.end() == end && m.value().curated() && !m.value().kind().equals("country"))) {
				best = s;
			}
			pos = s;
		}
		return best;
	}
}
