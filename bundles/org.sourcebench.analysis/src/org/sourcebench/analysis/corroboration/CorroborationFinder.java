package org.sourcebench.analysis.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.analysis.dating.EventDate;
import org.sourcebench.analysis.dating.EventDating;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;

/**
 * Finds the relationships of a dossier that report the same event by {@link CorroborationRule}. Within one
 * dyad and root, relationships are taken in date order and a group is closed as soon as the next date is more
 * than the window after the group's first date, so no group spans more than the window.
 */
public final class CorroborationFinder {

	private final CorroborationRule rule;

	public CorroborationFinder(CorroborationRule rule) {
		this.rule = rule;
	}

	/** @return the groups of two or more relationships to merge, in dossier order of their survivors */
	public List<CorroborationGroup> find(Dossier dossier) {
		Map<Relationship, Integer> order = new HashMap<>();
		Map<List<Object>, List<Relationship>> byKey = new LinkedHashMap<>();
		List<Relationship> relationships = dossier.getRelationships();
		for (int i = 0; i < relationships.size(); i++) {
			Relationship relationship = relationships.get(i);
			order.put(relationship, i);
			String root = CorroborationRule.root(relationship);
			if (relationship.getFrom() == null || relationship.getTo() == null || root == null
					|| !EventDating.of(relationship).isDated()) {
				continue;
			}
			// EObjects compare by identity, so the list is a key of the actors themselves
			List<Object> key = List.of(relationship.getFrom(), relationship.getTo(), root);
			byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(relationship);
		}
		List<CorroborationGroup> groups = new ArrayList<>();
		for (List<Relationship> candidates : byKey.values()) {
			if (candidates.size() < 2) {
				continue;
			}
			Map<Relationship, EventDate> dates = new HashMap<>();
			candidates.forEach(r -> dates.put(r, EventDating.of(r)));
			candidates.sort(Comparator.comparing((Relationship r) -> dates.get(r).date()).thenComparing(order::get));
			List<Relationship> current = new ArrayList<>();
			for (Relationship relationship : candidates) {
				if (!current.isEmpty() && dates.get(relationship).date().toEpochDay()
						- dates.get(current.get(0)).date().toEpochDay() > rule.windowDays()) {
					close(current, order, groups);
					current = new ArrayList<>();
				}
				current.add(relationship);
			}
			close(current, order, groups);
		}
		groups.sort(Comparator.comparing(g -> order.get(g.survivor())));
		return groups;
	}

	private static void close(List<Relationship> group, Map<Relationship, Integer> order, List<CorroborationGroup> groups) {
		if (group.size() < 2) {
			return;
		}
		List<Relationship> byOrder = new ArrayList<>(group);
		byOrder.sort(Comparator.comparing(order::get));
		Relationship survivor = byOrder.get(0);
		for (Relationship r : byOrder) {
			if (r.getEvidence().size() > survivor.getEvidence().size()) {
				survivor = r;
			}
		}
		byOrder.remove(survivor);
		groups.add(new CorroborationGroup(survivor, List.copyOf(byOrder)));
	}
}
