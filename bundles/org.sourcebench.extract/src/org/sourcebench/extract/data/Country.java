package org.sourcebench.extract.data;

import java.util.List;

/**
 * A country of countries.tsv: ISO code, English short name, other names, adjectives/demonyms, capitals that stand
 * for the state as agents (the first is the GeoNames capital), capital coordinates and the canonical name of its
 * armed forces actor.
 */
public record Country(String iso, String name, List<String> aliases, List<String> adjectives, List<String> capitals,
		double lat, double lon, long geonamesId, String militaryActor) {

	/** The adjective used in canonical names ("Russian Defense Ministry"); the name when none is known. */
	public String adjective() {
		return adjectives.isEmpty() ? name : adjectives.get(0);
	}

	public String military() {
		return militaryActor.isEmpty() ? adjective() + " military" : militaryActor;
	}
}
