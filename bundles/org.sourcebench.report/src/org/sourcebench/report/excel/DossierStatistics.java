package org.sourcebench.report.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.model.Actor;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * The figures of a report, computed in one pass over the dossier before any sheet is written (the summary
 * comes first in the workbook but needs totals, and the streamed sheets cannot be revisited).
 *
 * <p>Relationships an analyst has rejected are left out of the QuadClass counts, actor degrees and the
 * matrix: they are kept in the dossier only so extraction does not propose them again.
 */
final class DossierStatistics {

	final Map<AdmiraltyReliability, Integer> sourcesByReliability = new EnumMap<>(AdmiraltyReliability.class);
	final Map<QuadClass, Integer> relationshipsByQuadClass = new EnumMap<>(QuadClass.class);
	int relationshipsWithUnknownCode;
	private final Map<Source, Integer> claimsPerSource = new HashMap<>();
	private final Map<Actor, Integer> degree = new HashMap<>();
	private final Map<Actor, Map<Actor, Integer>> matrix = new HashMap<>();

	DossierStatistics(Dossier dossier) {
		for (AdmiraltyReliability reliability : AdmiraltyReliability.VALUES) {
			sourcesByReliability.put(reliability, 0);
		}
		for (QuadClass quadClass : QuadClass.VALUES) {
			relationshipsByQuadClass.put(quadClass, 0);
		}
		for (Source source : dossier.getSources()) {
			AdmiraltyReliability reliability = source.getReliability();
			sourcesByReliability.merge(reliability == null ? AdmiraltyReliability.F : reliability, 1, Integer::sum);
		}
		for (Claim claim : dossier.getClaims()) {
			Source source = sourceOf(claim);
			if (source != null) {
				claimsPerSource.merge(source, 1, Integer::sum);
			}
		}
		for (Relationship relationship : dossier.getRelationships()) {
			if (relationship.getStatus() != RelationshipStatus.REJECTED) {
				count(relationship);
			}
		}
	}

	private void count(Relationship relationship) {
		QuadClass quadClass = relationship.getQuadClass();
		if (quadClass == null) {
			relationshipsWithUnknownCode++;
		} else {
			relationshipsByQuadClass.merge(quadClass, 1, Integer::sum);
		}
		Actor from = relationship.getFrom();
		Actor to = relationship.getTo();
		if (from != null) {
			degree.merge(from, 1, Integer::sum);
		}
		if (to != null && to != from) {
			degree.merge(to, 1, Integer::sum);
		}
		if (from != null && to != null) {
			matrix.computeIfAbsent(from, a -> new HashMap<>()).merge(to, 1, Integer::sum);
		}
	}

	/** @return the source a claim's evidence comes from, or null */
	static Source sourceOf(Claim claim) {
		Span evidence = claim.getEvidence();
		return evidence == null ? null : evidence.getSource();
	}

	/** @return the number of claims whose evidence lies in {@code source} */
	int claims(Source source) {
		return claimsPerSource.getOrDefault(source, 0);
	}

	/** @return the number of (not rejected) relationships {@code actor} takes part in */
	int degree(Actor actor) {
		return degree.getOrDefault(actor, 0);
	}

	/** @return the number of (not rejected) relationships from {@code from} to {@code to} */
	int relationships(Actor from, Actor to) {
		Map<Actor, Integer> row = matrix.get(from);
		return row == null ? 0 : row.getOrDefault(to, 0);
	}

	/** @return the number of distinct sources in which {@code actor} is mentioned */
	static int sources(Actor actor) {
		Set<Source> sources = new HashSet<>();
		for (Span mention : actor.getMentions()) {
			if (mention.getSource() != null) {
				sources.add(mention.getSource());
			}
		}
		return sources.size();
	}

	/**
	 * @return up to {@code limit} actors with at least one relationship, most connected first (ties in
	 *         dossier order, so the result is stable from export to export)
	 */
	List<Actor> mostConnected(Dossier dossier, int limit) {
		List<Actor> connected = new ArrayList<>();
		for (Actor actor : dossier.getActors()) {
			if (degree(actor) > 0) {
				connected.add(actor);
			}
		}
		connected.sort(Comparator.comparingInt(this::degree).reversed());
		return connected.subList(0, Math.min(limit, connected.size()));
	}

	/** @return the number of actors with at least one relationship */
	int connectedActors() {
		return degree.size();
	}
}
