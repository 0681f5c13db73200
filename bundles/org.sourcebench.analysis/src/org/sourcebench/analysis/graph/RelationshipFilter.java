package org.sourcebench.analysis.graph;

import java.util.function.Predicate;

import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;

/**
 * Which relationships make up the actor graph: rejected relationships never do; optionally only confirmed
 * ones, and optionally only one QuadClass.
 *
 * @param confirmedOnly only relationships an analyst confirmed
 * @param quadClass     only this QuadClass, or null for all
 */
public record RelationshipFilter(boolean confirmedOnly, QuadClass quadClass) implements Predicate<Relationship> {

	/** Every relationship that is not rejected. */
	public static final RelationshipFilter ALL = new RelationshipFilter(false, null);

	@Override
	public boolean test(Relationship relationship) {
		RelationshipStatus status = relationship.getStatus();
		if (status == RelationshipStatus.REJECTED || (confirmedOnly && status != RelationshipStatus.CONFIRMED)) {
			return false;
		}
		return quadClass == null || relationship.getQuadClass() == quadClass;
	}
}
