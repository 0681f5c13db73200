package org.sourcebench.extract;

import java.util.List;

/** Everything extracted from one document body; immutable. */
public record DocumentExtraction(String body, List<ExtractedActor> actors, List<ExtractedLocation> locations,
		List<ExtractedClaim> claims, List<ExtractedRelationship> relationships) {

	public DocumentExtraction {
		actors = List.copyOf(actors);
		locations = List.copyOf(locations);
		claims = List.copyOf(claims);
		relationships = List.copyOf(relationships);
	}
}
