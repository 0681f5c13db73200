package org.sourcebench.analysis.ui.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.analysis.geo.EventPlaces;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Location;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * A location with coordinates, as drawn on the map.
 *
 * @param location the location
 * @param mentions how often the sources mention it
 * @param sources  how many sources mention it
 * @param events   the relationships placed there (their evidence names it), see {@link EventPlaces}
 */
public record MapMarker(Location location, int mentions, int sources, List<Relationship> events) {

	/** @return the markers of the dossier's locations that have coordinates, largest first (drawn first) */
	public static List<MapMarker> of(Dossier dossier) {
		List<MapMarker> markers = new ArrayList<>();
		EventPlaces places = new EventPlaces(dossier);
		for (Location location : dossier.getLocations()) {
			if (location.getLatitude() == null || location.getLongitude() == null) {
				continue;
			}
			Set<Source> sources = new HashSet<>();
			for (Span span : location.getMentions()) {
				if (span.getSource() != null) {
					sources.add(span.getSource());
				}
			}
			markers.add(new MapMarker(location, location.getMentions().size(), sources.size(), places.at(location)));
		}
		markers.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
		return markers;
	}

	/** @return the marker radius in pixels: grows with the square root of the mentions, 4 to 28 */
	public int radius() {
		return (int) Math.min(28, 4 + 3 * Math.sqrt(Math.max(0, mentions - 1)));
	}
}
