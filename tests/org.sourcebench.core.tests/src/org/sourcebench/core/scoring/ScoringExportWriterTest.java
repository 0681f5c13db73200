package org.sourcebench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourcebench.core.json.JsonReader;
import org.sourcebench.core.scoring.ScoringExportWriter.Claim;
import org.sourcebench.core.scoring.ScoringExportWriter.Entity;
import org.sourcebench.core.scoring.ScoringExportWriter.Relationship;
import org.sourcebench.core.scoring.ScoringExportWriter.Source;
import org.sourcebench.core.scoring.ScoringExportWriter.Span;

class ScoringExportWriterTest {

	private static final String BODY = "Putin met Erdogan. Erdogan thanked Putin in Sochi.";

	@SuppressWarnings("unchecked")
	private static Map<String, Object> export(Source source) {
		StringWriter out = new StringWriter();
		new ScoringExportWriter(out).add(source).finish();
		Map<String, Object> root = (Map<String, Object>) JsonReader.parse(out.toString());
		return ((List<Map<String, Object>>) root.get("sources")).get(0);
	}

	private static Span span(String text) {
		int at = BODY.indexOf(text);
		return new Span(text, at, at + text.length());
	}

	@Test
	@SuppressWarnings("unchecked")
	void entitiesComeByFirstMentionWithDistinctMentionsAndOnlyMatchingOffsets() {
		Entity putin = new Entity("Vladimir Putin", "person", "Russia", List.of(new Span("Putin", 35, 40), span("Putin")));
		Entity erdogan = new Entity("Recep Tayyip Erdogan", "person", "Turkey", List.of(span("Erdogan"), new Span("Erdogan", 19, 26)));
		Entity absent = new Entity("Assad", "person", "Syria", List.of());
		Entity sochi = new Entity("Sochi", null, "Russia", List.of(new Span("Sochi", 0, 5)));

		Map<String, Object> source = export(new Source("a.txt", "1", null, null, null, BODY, List.of(erdogan, absent, putin),
				List.of(sochi), List.of(), List.of()));

		List<Map<String, Object>> actors = (List<Map<String, Object>>) source.get("actors");
		assertEquals(List.of("Vladimir Putin", "Recep Tayyip Erdogan"), actors.stream().map(a -> a.get("name")).toList());
		List<Map<String, Object>> mentions = (List<Map<String, Object>>) actors.get(0).get("mentions");
		assertEquals(1, mentions.size(), "one entry per surface string");
		assertEquals(0L, mentions.get(0).get("start"), "the first occurrence");
		Map<String, Object> location = ((List<Map<String, Object>>) source.get("locations")).get(0);
		assertFalse(location.containsKey("kind"), "locations have no kind");
		Map<String, Object> stale = ((List<Map<String, Object>>) location.get("mentions")).get(0);
		assertFalse(stale.containsKey("start"), "offsets that do not point at the text are left out");
	}

	@Test
	@SuppressWarnings("unchecked")
	void oneRelationshipPerDyadAndRootWithItsFirstEvidenceRejectedOnesLeftOut() {
		Relationship later = new Relationship("Putin", "Erdogan", "0421", 0.5, false, span("Erdogan thanked Putin"));
		Relationship earlier = new Relationship("Putin", "Erdogan", "042", 0.9, false, span("Putin met Erdogan"));
		Relationship rejected = new Relationship("Erdogan", "Putin", "051", 0.7, true, span("Erdogan thanked Putin"));
		Claim claim = new Claim("Erdogan", false, "thanked Putin", span("thanked Putin"));
		Claim unplaced = new Claim("Putin", true, "no evidence", null);

		Map<String, Object> source = export(new Source("a.txt", "1", null, null, null, BODY, List.of(), List.of(),
				List.of(claim, unplaced), List.of(later, rejected, earlier)));

		List<Map<String, Object>> relationships = (List<Map<String, Object>>) source.get("relationships");
		assertEquals(1, relationships.size());
		assertEquals("04", relationships.get(0).get("cameo"));
		assertEquals(0.9, relationships.get(0).get("confidence"));
		assertEquals(List.of("thanked Putin"), ((List<Map<String, Object>>) source.get("claims")).stream().map(c -> c.get("text")).toList());
	}
}
