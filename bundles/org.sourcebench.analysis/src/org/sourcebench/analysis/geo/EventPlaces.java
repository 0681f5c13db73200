package org.sourcebench.analysis.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Where events happen, as far as the text says: a relationship is placed at a location when the sentence of one
 * of its evidence spans mentions that location ("shelling near Aleppo"). The model has no location of a
 * relationship; this reads it off the evidence.
 */
public final class EventPlaces {

	private record Mention(int begin, int end, Location location) {
	}

	private final Map<Location, List<Relationship>> byLocation = new LinkedHashMap<>();
	private final Map<Relationship, List<Location>> byRelationship = new HashMap<>();

	public EventPlaces(Dossier dossier) {
		Map<Source, List<Mention>> mentions = new HashMap<>();
		for (Location location : dossier.getLocations()) {
			for (Span span : location.getMentions()) {
				if (span.getSource() != null) {
					mentions.computeIfAbsent(span.getSource(), s -> new ArrayList<>()).add(new Mention(span.getBegin(), span.getEnd(), location));
				}
			}
		}
		mentions.values().forEach(list -> list.sort(Comparator.comparingInt(Mention::begin)));
		for (Relationship relationship : dossier.getRelationships()) {
			Set<Location> places = new LinkedHashSet<>();
			for (Span evidence : relationship.getEvidence()) {
				List<Mention> inSource = mentions.get(evidence.getSource());
				if (inSource == null) {
					continue;
				}
				int[] sentence = sentenceAround(evidence);
				for (int i = firstAtOrAfter(inSource, sentence[0]); i < inSource.size() && inSource.get(i).begin() < sentence[1]; i++) {
					if (inSource.get(i).end() <= sentence[1]) {
						places.add(inSource.get(i).location());
					}
				}
			}
			if (!places.isEmpty()) {
				byRelationship.put(relationship, List.copyOf(places));
				places.forEach(place -> byLocation.computeIfAbsent(place, p -> new ArrayList<>()).add(relationship));
			}
		}
	}

	/**
	 * @return {begin, end} of the sentence holding {@code evidence} in its source's body: evidence spans are often
	 *         just the clause with the verb ("held talks with Assad"), the place is elsewhere in the sentence
	 */
	static int[] sentenceAround(Span evidence) {
		String body = evidence.getSource().getBody();
		if (body == null) {
			return new int[] { evidence.getBegin(), evidence.getEnd() };
		}
		int begin = Math.min(Math.max(0, evidence.getBegin()), body.length());
		while (begin > 0 && ".!?\n".indexOf(body.charAt(begin - 1)) < 0) {
			begin--;
		}
		int end = Math.max(begin, Math.min(body.length(), evidence.getEnd()));
		while (end < body.length() && ".!?\n".indexOf(body.charAt(end)) < 0) {
			end++;
		}
		return new int[] { begin, end };
	}

	private static int firstAtOrAfter(List<Mention> mentions, int begin) {
		int lo = 0;
		int hi = mentions.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (mentions.get(mid).begin() < begin) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** @return the relationships placed at {@code location}, in dossier order */
	public List<Relationship> at(Location location) {
		return byLocation.getOrDefault(location, List.of());
	}

	/** @return the locations {@code relationship} is placed at */
	public List<Location> of(Relationship relationship) {
		return byRelationship.getOrDefault(relationship, List.of());
	}
}
