package org.sourcebench.analysis.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.analysis.dating.EventDate;
import org.sourcebench.analysis.dating.EventDating;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;

/**
 * A dossier's relationships and claims on a time axis: dated items in date order, undated ones apart, and the
 * lanes to draw them in (one per actor, or one per QuadClass).
 */
public final class Timeline {

	/** How items are split into lanes. */
	public enum LaneMode {
		/** One lane per actor; a relationship appears in the lanes of both its ends. */
		ACTOR,
		/** One lane per QuadClass, and one for claims and uncoded events. */
		QUAD_CLASS
	}

	/** A lane: its key (an actor, a QuadClass, or null for "other") and its label. */
	public record Lane(Object key, String label) {
	}

	private final List<TimelineItem> dated = new ArrayList<>();
	private final List<TimelineItem> undated = new ArrayList<>();

	/** Collects the items of {@code dossier}. */
	public Timeline(Dossier dossier) {
		CorroborationIndex corroboration = new CorroborationIndex(dossier);
		for (Relationship relationship : dossier.getRelationships()) {
			List<Actor> actors = new ArrayList<>(2);
			if (relationship.getFrom() != null) {
				actors.add(relationship.getFrom());
			}
			if (relationship.getTo() != null && relationship.getTo() != relationship.getFrom()) {
				actors.add(relationship.getTo());
			}
			add(new TimelineItem(relationship, EventDating.of(relationship), relationship.getQuadClass(), actors,
					corroboration.count(relationship)));
		}
		for (Claim claim : dossier.getClaims()) {
			add(new TimelineItem(claim, EventDating.of(claim), null,
					claim.getSpeaker() == null ? List.of() : List.of(claim.getSpeaker()), claim.getEvidence() == null ? 0 : 1));
		}
		dated.sort(Comparator.comparingLong(i -> i.date().epochDay()));
	}

	private void add(TimelineItem item) {
		(item.date().isDated() ? dated : undated).add(item);
	}

	/** @return the dated items, earliest first */
	public List<TimelineItem> dated() {
		return dated;
	}

	/** @return the items with no date, in dossier order (relationships, then claims) */
	public List<TimelineItem> undated() {
		return undated;
	}

	/** @return the first and last day (epoch days) of the dated items, or null when there are none */
	public long[] span() {
		return dated.isEmpty() ? null : new long[] { dated.get(0).date().epochDay(), dated.get(dated.size() - 1).date().epochDay() };
	}

	/**
	 * @return the lanes for {@code mode}: by actor, the actors that have dated items, by name; by QuadClass,
	 *         the four classes in codebook order and "Claims / other"
	 */
	public List<Lane> lanes(LaneMode mode) {
		List<Lane> lanes = new ArrayList<>();
		if (mode == LaneMode.QUAD_CLASS) {
			for (QuadClass quad : QuadClass.VALUES) {
				lanes.add(new Lane(quad, label(quad)));
			}
			lanes.add(new Lane(null, "Claims / other"));
			return lanes;
		}
		Map<Actor, Lane> byActor = new LinkedHashMap<>();
		for (TimelineItem item : dated) {
			for (Actor actor : item.actors()) {
				byActor.computeIfAbsent(actor, a -> new Lane(a, a.getCanonicalName() == null ? "?" : a.getCanonicalName()));
			}
		}
		lanes.addAll(byActor.values());
		lanes.sort(Comparator.comparing(Lane::label, String.CASE_INSENSITIVE_ORDER));
		return lanes;
	}

	/** @return the keys of the lanes {@code item} is drawn in for {@code mode} */
	public static List<Object> laneKeys(TimelineItem item, LaneMode mode) {
		if (mode == LaneMode.QUAD_CLASS) {
			return java.util.Collections.singletonList(item.quadClass());
		}
		return new ArrayList<>(item.actors());
	}

	/** @return e.g. "Verbal cooperation" */
	public static String label(QuadClass quad) {
		String name = quad.getName().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** @return whether {@code date} lies in the closed range of epoch days */
	public static boolean inRange(EventDate date, long fromDay, long toDay) {
		return date.isDated() && date.epochDay() >= fromDay && date.epochDay() <= toDay;
	}
}
