package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 5 of {@link LocationExtractor}: cities and seats of government inside actor mentions when used as places
 * ("inside the Kremlin", "attack Moscow", "in Hamas-run Gaza").
 */
final class PlacesInActorMentions extends PlaceStage {

	private final LocativeFrames frames;

	PlacesInActorMentions(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	/** "inside the Kremlin", "an attack on the Kremlin", "did not attack Moscow", "in Hamas-run Gaza". */
	void read(Reading d) {
		if (!Mechanisms.on("locations.inActorMentions")) {
			return;
		}
		for (ActorMention am : d.reading.actors().mentions()) {
			int b = am.begin();
			int e = am.end();
			if (Reading.overlaps(d.taken, b, e)) {
				continue;
			}
			Place p = null;
			int pb = -1;
			for (int s = b; s >= 0 && s < e && p == null; s = d.c.nextWordStart(d.c.wordEnd(s))) {
				List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
				words.seats().matchAt(d.t, s, ms);
				data.gazetteer().index().matchAt(d.t, s, ms);
				List<Place> ending = new ArrayList<>();
				for (PhraseIndex.Match<Place> m : ms) {
					if (m.end() == e && !m.value().kind().equals("country") && !names.countryNamesake(m.value())
							&& (m.value().curated() || m.value().population() >= PlaceNames.BIG_CITY
									|| d.inDoc(m.value().iso()))) {
						ending.add(m.value());
					}
				}
				p = PlaceNames.choose(ending, d::rank);
				pb = s;
				if (p != null && nameTail(d, b, s)) {
					p = null; // "European Union", "Islamic Republic": the last word of a name, no city in it
				}
			}
			if (p == null || !frames.locativeFrame(d, b, e, true)) {
				continue;
			}
			d.add(p, pb, e, 0.75, true);
		}
	}

	/**
	 * {@code locations.actorNameTails}: whether the match at {@code s} inside the actor mention from {@code b} follows
	 * a capitalised word of the same name ("European Union", "Lok Sabha"); a determiner ("The Kremlin") or a
	 * hyphenated modifier ("Hamas-run Gaza") before it leaves the place.
	 */
	private static boolean nameTail(Reading d, int b, int s) {
		if (s <= b || d.t.charAt(s - 1) != ' ' || !Mechanisms.on("locations.actorNameTails")) {
			return false;
		}
		String prev = d.c.previousWordAsWritten(s);
		boolean tail = TextCursor.capitalised(prev) && !prev.equalsIgnoreCase("the") && prev.indexOf('-') < 0
				&& !prev.endsWith("'s") && !prev.endsWith("\u2019s");
		Mechanisms.fired("locations.actorNameTails", tail ? 1 : 0);
		return tail;
	}
}
