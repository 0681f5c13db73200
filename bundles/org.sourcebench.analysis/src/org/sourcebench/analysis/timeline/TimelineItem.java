package org.sourcebench.analysis.timeline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sourcebench.analysis.dating.EventDate;
import org.sourcebench.model.Actor;
import org.sourcebench.model.QuadClass;

/**
 * One thing on the timeline: a relationship (event) or a claim, with its date.
 *
 * @param element        the relationship or claim
 * @param date           its date and where the date comes from
 * @param quadClass      the relationship's QuadClass; null for a claim or an unknown code
 * @param actors         the actors it concerns (a relationship's two ends; a claim's speaker), for actor lanes
 * @param corroboration  independent sources behind it (1 for a claim with evidence)
 */
public record TimelineItem(EObject element, EventDate date, QuadClass quadClass, List<Actor> actors, int corroboration) {
}
