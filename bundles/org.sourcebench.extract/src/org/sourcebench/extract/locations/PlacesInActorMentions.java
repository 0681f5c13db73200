package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;

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
			}
			if (p == null || !frames.locativeFrame(d, b, e, true)) {
				continue;
			}
			d.add(p, pb, e, 0.75, true);
		}
	}
}
