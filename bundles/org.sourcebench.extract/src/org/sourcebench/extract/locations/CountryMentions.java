package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.PlaceMention;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.Place;

/**
 * Stage 3 of {@link LocationExtractor}: country names and capitals the actor reader judged to be places ("in Syria",
 * "to Moscow"); after "to" only a destination, after a word of movement or carriage ({@link MotionWords}).
 */
final class CountryMentions {

	private final PlaceNames names;

	CountryMentions(PlaceNames names) {
		this.names = names;
	}

	void read(Reading d) {
		for (PlaceMention pm : d.reading.places()) {
			if (Reading.overlaps(d.taken, pm.begin(), pm.end())) {
				continue;
			}
			if (Mechanisms.on("locations.toMotion") && MotionWords.get().recipientAfterTo(d, pm.begin())) {
				Mechanisms.fired("locations.toMotion", 1);
				continue; // "gratitude to Egypt", "submitted a list to Ukraine": a recipient, not a destination
			}
			Country c = pm.country();
			Place p = pm.capital()
					? new Place(d.t.substring(pm.begin(), pm.end()), "city", c.iso(), c.lat(), c.lon(), c.geonamesId(),
							0, true)
					: names.countryPlace(c);
			d.add(p, pm.begin(), pm.end(), 0.8, true);
		}
	}
}
