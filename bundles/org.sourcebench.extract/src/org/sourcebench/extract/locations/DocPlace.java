package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.data.Place;

/**
 * A location of one document while it is read: the place, its mention spans and the bare name its later mentions
 * may use ("Kyauktaw" of "Kyauktaw Township"; null when every occurrence is read anyway, as for gazetteer names)
 * and whether its country is a guess.
 */
final class DocPlace {

	final String name;
	final Place place;
	final List<int[]> spans = new ArrayList<>();
	final double confidence;
	String bare;
	/** Whether the country is a guess from the document's other places, not read from the text or a table. */
	boolean guessed;
	/** The stage that entered the place ({@link Reading#stage} then; a feature of {@link LearnedLocations}). */
	final String via;

	DocPlace(String name, Place place, double confidence, String via) {
		this.name = name;
		this.place = place;
		this.confidence = confidence;
		this.via = via;
	}
}
