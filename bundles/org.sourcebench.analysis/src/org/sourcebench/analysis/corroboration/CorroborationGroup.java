package org.sourcebench.analysis.corroboration;

import java.util.List;

import org.sourcebench.model.Relationship;

/**
 * Relationships that report one event and should be one relationship with the evidence of all.
 *
 * @param survivor the relationship that stays (the one with the most evidence; on a tie the earliest in the
 *                 dossier), so a reviewed status or note is kept where the analyst put it when possible
 * @param merged   the others, in dossier order
 */
public record CorroborationGroup(Relationship survivor, List<Relationship> merged) {
}
