package org.sourcebench.extract;

import java.util.List;

/**
 * Everything extracted from one document body; immutable. {@code warnings} names the engine's stages that failed on
 * it (in order; empty when every stage ran): the results are then those of the other stages.
 */
public record DocumentExtraction(String body, List<ExtractedActor> actors, List<ExtractedLocation> locations,
		List<ExtractedClaim> claims, List<ExtractedRelationship> relationships, List<ExtractionWarning> warnings) {

	public DocumentExtraction {
		actors = List.copyOf(actors);
		locations = List.copyOf(locations);
		claims = List.copyOf(claims);
		relationships = List.copyOf(relationships);
		warnings = List.copyOf(warnings);
	}

	/** Whether every stage of the engine ran on the body (no {@link #warnings()}). */
	public boolean complete() {
		return warnings.isEmpty();
	}
}
