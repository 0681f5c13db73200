package org.sourcebench.extract.locations;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 6 of {@link LocationExtractor}: names no table knows, in locative use with evidence that they are places: the
 * entity tagger's GPE/LOC, a first-level region of that name, "X, Province", "X north of Y", "the city of X", a list
 * with a known place. Run again by {@link LaterMentions} once the other names are known.
 */
final class UnknownNames extends PlaceStage {

	private final LocativeFrames frames;
	private final CountryOfPlace countries;
	private final BareLocatives bare;
	private final LongerNames longer;

	UnknownNames(PlaceNames names, LocativeFrames frames, CountryOfPlace countries) {
		super(names);
		this.frames = frames;
		this.countries = countries;
		this.bare = new BareLocatives(names);
		this.longer = new LongerNames(names, new PlaceNameRuns(names));
	}

	/** A group word alone or before a place head ("Jewish State"), unless the gazetteer knows the whole name. */
	private boolean groupName(String run) {
		if (names.fullMatch(run, null) != null) {
			return false; // "Arabian Sea": the gazetteer's name
		}
		int sp = run.indexOf(' ');
		if (sp < 0) {
			return names.isGroupAdjective(run);
		}
		LocationData.Head head = words.head(run.substring(sp + 1));
		return run.indexOf(' ', sp + 1) < 0 && head != null && head.role() != LocationData.Role.NAME
				&& names.isGroupAdjective(run.substring(0, sp));
	}

	/** With the place trace: a name this stage saw in a frame and did not enter, with the reason. */
	private static void candidate(Reading d, int b, int e, String why) {
		if (Reading.TRACE) {
			d.trace("UNKNOWN", b, e, d.t.substring(b, e), why);
		}
	}

	void read(Reading d) {
		TextCursor c = d.c;
		String t = d.t;
		for (int i = c.wordStartFrom(0); i < t.length(); i = c.wordStartFrom(i + 1)) {
			String w = t.substring(i, c.wordEnd(i));
			if (!PlaceNameRuns.isNameWord(w) || words.is("non-place", w) || names.monthAbbreviation(w)) {
				i = c.wordEnd(i) - 1;
				continue;
			}
			int b = i;
			int e = c.wordEnd(i);
			String last = w;
			while (!last.endsWith("'s") && e + 1 < t.length() && t.charAt(e) == ' ') {
				String next = c.nextWord(e);
				if (next.equals("of") && words.is("of-name", last)
						&& PlaceNameRuns.isNameWord(c.nextWord(c.wordEnd(e + 1)))) {
					next = c.nextWord(c.wordEnd(e + 1)); // "Cape of Good Hope"
					e = c.wordEnd(e + 1);
				} else if (words.is("particle", next) && PlaceNameRuns.isNameWord(c.nextWord(c.wordEnd(e + 1)))) {
					next = c.nextWord(c.wordEnd(e + 1)); // "Nioro du Sahel", "Dar es Salaam"
					e = c.wordEnd(e + 1);
				} else if (!PlaceNameRuns.isNameWord(next) || words.is("non-place", next) || names.monthAbbreviation(next)) {
					break;
				}
				last = next;
				e = c.wordEnd(e + 1);
			}
			i = e - 1;
			if (last.endsWith("'s")) {
				String next = c.nextWord(e);
				if (TextCursor.capitalised(next) || words.is("geo-noun", next.toLowerCase(Locale.ROOT))) {
					continue; // "Cox's Bazar", "Gaza's Deir El-Balah area": the owner of another name
				}
				e -= 2;
			}
			if (c.sentenceStart(b) || e <= b) {
				continue;
			}
			String run = t.substring(b, e);
			if (run.indexOf(' ') > 0 && names.agreementNoun(last.toLowerCase(Locale.ROOT))) {
				continue; // "the Rome Statute", "the International Covenants": an agreement's name
			}
			if (words.isDirection(run.toLowerCase(Locale.ROOT))) {
				continue; // "towards the South": a compass word alone names a side, not a place
			}
			boolean strongFrame = frames.ofFrame(d, b) || frames.strongPreposition(d, b) || frames.placeListOpening(d, b);
			boolean free = d.free(b, e) || longer.joined(d, b, e, run);
			if (!(free || d.actorOnlyHere(b, e) || d.personsOnly(b, e)) || names.isCountryOrCapital(run)
					|| names.isAdjective(run) || words.is("org-noun", c.nextWord(e))
					|| words.is("org-noun", c.nextWord(e).toLowerCase(Locale.ROOT))
					|| names.eventNounAfter(c.nextWord(e))) {
				continue;
			}
			Place table = names.fullMatch(run, null);
			if (table != null && names.waterBeforeSettlement(d, table, e)) {
				continue;
			}
			DocPlace seen = d.byBareKey(run);
			if (seen != null) {
				d.add(seen.place, b, e, seen.confidence, true);
				continue;
			}
			boolean listed = frames.listedWithPlace(d, b, e) && !names.isAdjective(c.nextWord(b));
			boolean known = d.tagged(b, e) || !words.regions(run).isEmpty() || table != null;
			if (!listed && !strongFrame && !frames.locativeFrame(d, b, e, known)
					&& !d.locativeCase(b, e)) {
				candidate(d, b, e, "noframe");
				continue;
			}
			boolean evidence = listed || strongFrame || known || frames.followedByPlace(d, e)
					|| frames.relativeDirection(d, e) || frames.appositivePlace(d, e) || frames.afterPlacePossessive(d, b)
					|| frames.containedInPlace(d, e) || frames.nextConjunctIsPlace(d, e);
			if (!evidence && Mechanisms.on("locations.bareLocatives") && bare.standsAlone(d, b, e, run, free)) {
				Mechanisms.fired("locations.bareLocatives", 1);
				evidence = true;
			}
			if (!evidence || !free && !(strongFrame || listed)) {
				candidate(d, b, e, !evidence ? "noevidence" : "taken");
				continue; // a name the actor reader read is taken over only in a clear place frame ("the town of X")
			}
			if (Mechanisms.on("locations.groupAdjectives") && groupName(run)) {
				Mechanisms.fired("locations.groupAdjectives", 1);
				continue; // "near the Army base", "in the Jewish State": a people or a force, not a place
			}
			String hint = listed ? d.placeEndingAt(frames.previousConjunctEnd(d, b)).place.iso() : null;
			String iso = countries.countryOf(d, b, e, run, hint);
			boolean guessed = d.guessed;
			long region = names.regionId(run, iso);
			Place p = new Place(run, region != 0 ? "province" : "city", iso, Double.NaN, Double.NaN, region, 0, false);
			DocPlace dp = d.add(p, b, e, 0.55, true);
			if (dp != null) {
				dp.bare = run;
				dp.guessed = guessed;
			}
		}
	}
}
