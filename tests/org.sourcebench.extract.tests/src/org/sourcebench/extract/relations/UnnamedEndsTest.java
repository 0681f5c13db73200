package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;

/**
 * An unnamed speaker is a relationship's agent only for its own statement against another actor, and never a target
 * ({@link UnnamedEnds}, switch {@code relations.unnamed-ends}). The relationships are handed in as the readers would
 * give them for sentences made up for this test.
 */
class UnnamedEndsTest {

	private static final String BODY = "Local sources accused Ruritania of arming the rebels. Local sources hinted "
			+ "that Borduria would act. Borduria shelled the town, local sources said.";

	private static ExtractedRelationship rel(String from, String to, String code, String evidence) {
		int b = BODY.indexOf(evidence);
		return new ExtractedRelationship(from, to, code, TextSpan.of(BODY, b, b + evidence.length()), 0.5);
	}

	private static boolean has(List<ExtractedRelationship> out, String from, String to) {
		return out.stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to));
	}

	@Test
	void anUnnamedSpeakerKeepsItsAccusationOnly() {
		List<ExtractedRelationship> out = new ArrayList<>();
		out.add(rel("unnamed local sources", "Ruritania", "112", "Local sources accused Ruritania"));
		out.add(rel("unnamed local sources", "Borduria", "020", "Local sources hinted that Borduria"));
		out.add(rel("Borduria", "unnamed local sources", "190", "Borduria shelled the town, local sources"));
		out.add(rel("Borduria", "Ruritania", "190", "Borduria shelled"));
		UnnamedEnds.apply(out);
		assertTrue(has(out, "unnamed local sources", "Ruritania"), out.toString());
		assertTrue(has(out, "Borduria", "Ruritania"), out.toString());
		assertFalse(has(out, "unnamed local sources", "Borduria"), "a hint is a report, not an act: " + out);
		assertFalse(has(out, "Borduria", "unnamed local sources"), "an unnamed speaker is no target: " + out);
	}
}
