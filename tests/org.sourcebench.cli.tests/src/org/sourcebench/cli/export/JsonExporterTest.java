package org.sourcebench.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.Span;
import org.sourcebench.core.json.JsonReader;

class JsonExporterTest {

	private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;
	private static final String BODY_A = "Putin met Assad in Sochi. \u201cWe agree,\u201d Putin said.";
	private static final String BODY_B = "Moscow accused Washington of strikes in Syria.";

	private Dossier dossier;
	private Source a;
	private Source b;

	@BeforeEach
	void buildDossier() {
		dossier = Dossiers.newDossier("Test");
		a = Dossiers.newSource(BODY_A);
		a.setOriginalFileName("a.txt");
		b = Dossiers.newSource(BODY_B);
		b.setOriginalFileName("b.html");
		dossier.getSources().addAll(List.of(a, b));

		Actor putin = actor("Vladimir Putin", ActorKind.PERSON, "RU", span(a, "Putin", 0), span(a, "Putin", 38));
		Actor assad = actor("Bashar al-Assad", ActorKind.PERSON, "SY", span(a, "Assad", 10));
		Actor russia = actor("Russia", ActorKind.STATE, "RU", span(b, "Moscow", 0));
		Actor us = actor("United States", ActorKind.STATE, "US", span(b, "Washington", 15));
		dossier.getActors().addAll(List.of(us, russia, assad, putin)); // not in text order on purpose

		Location sochi = Dossiers.withId(FACTORY.createLocation());
		sochi.setName("Sochi");
		sochi.setCountryCode("RU");
		sochi.getMentions().add(span(a, "Sochi", 19));
		Location syria = Dossiers.withId(FACTORY.createLocation());
		syria.setName("Syria");
		syria.setCountryCode("SY");
		Span stale = Dossiers.newSpan(b, 40, 45);
		stale.setText("Syrien"); // no longer the body's text: exported without offsets
		syria.getMentions().add(stale);
		dossier.getLocations().addAll(List.of(syria, sochi));

		Claim claim = Dossiers.withId(FACTORY.createClaim());
		claim.setSpeaker(putin);
		claim.setText("We agree");
		claim.setDirectQuote(true);
		claim.setEvidence(span(a, "We agree", 27));
		dossier.getClaims().add(claim);

		Relationship met = relationship(putin, assad, "040", span(a, "Putin met Assad", 0));
		Relationship metAgain = relationship(putin, assad, "04", span(a, "Putin met Assad in Sochi", 0));
		Relationship accused = relationship(russia, us, "112", span(b, "Moscow accused Washington", 0));
		Relationship rejected = relationship(russia, us, "19", span(b, "strikes in Syria", 29));
		rejected.setStatus(RelationshipStatus.REJECTED);
		dossier.getRelationships().addAll(List.of(accused, met, metAgain, rejected));
	}

	private static Span span(Source source, String text, int begin) {
		Span span = Dossiers.newSpan(source, begin, begin + text.length());
		assertEquals(text, span.getText(), "test data");
		return span;
	}

	private static Actor actor(String name, ActorKind kind, String country, Span... mentions) {
		Actor actor = Dossiers.withId(FACTORY.createActor());
		actor.setCanonicalName(name);
		actor.setKind(kind);
		actor.setCountry(country);
		actor.getMentions().addAll(List.of(mentions));
		return actor;
	}

	private static Relationship relationship(Actor from, Actor to, String code, Span evidence) {
		Relationship r = Dossiers.withId(FACTORY.createRelationship());
		r.setFrom(from);
		r.setTo(to);
		r.setEventCode(code);
		r.setConfidence(0.75);
		r.getEvidence().add(evidence);
		return r;
	}

	private String export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonExporter().write(dossier, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> sources() throws IOException {
		return (List<Map<String, Object>>) ((Map<String, Object>) JsonReader.parse(export()))
				.get("sources");
	}

	@Test
	void eachSourceListsWhatIsEvidencedInIt() throws IOException {
		List<Map<String, Object>> sources = sources();

		assertEquals(2, sources.size());
		Map<String, Object> first = sources.get(0);
		assertEquals("a.txt", first.get("file"));
		assertEquals(BODY_A, first.get("body"));
		assertEquals(List.of(Map.of("name", "Vladimir Putin", "kind", "person", "country", "Russia",
				"mentions", List.of(Map.of("text", "Putin", "start", 0L, "end", 5L))),
				Map.of("name", "Bashar al-Assad", "kind", "person", "country", "Syria",
						"mentions", List.of(Map.of("text", "Assad", "start", 10L, "end", 15L)))),
				first.get("actors"), "by first mention; one entry per distinct surface string");
		assertEquals(List.of(Map.of("name", "Sochi", "country", "Russia",
				"mentions", List.of(Map.of("text", "Sochi", "start", 19L, "end", 24L)))), first.get("locations"));
		assertEquals(List.of(Map.of("speaker", "Vladimir Putin", "direct", true, "text", "We agree", "start", 27L,
				"end", 35L)), first.get("claims"));
		List<?> relationships = (List<?>) first.get("relationships");
		assertEquals(1, relationships.size(), "one per (from, to, CAMEO root)");
		Map<?, ?> met = (Map<?, ?>) relationships.get(0);
		assertEquals("04", met.get("cameo"));
		assertEquals(Map.of("text", "Putin met Assad", "start", 0L, "end", 15L), met.get("evidence"));
	}

	@Test
	void spansOfOtherSourcesAndRejectedRelationshipsStayOut() throws IOException {
		Map<String, Object> second = sources().get(1);

		assertEquals(List.of("Russia", "United States"),
				((List<?>) second.get("actors")).stream().map(x -> ((Map<?, ?>) x).get("name")).toList());
		List<?> relationships = (List<?>) second.get("relationships");
		assertEquals(1, relationships.size());
		assertEquals("11", ((Map<?, ?>) relationships.get(0)).get("cameo"));
		assertEquals(List.of(), second.get("claims"));
	}

	@Test
	void offsetsAreWrittenOnlyWhereTheyPointAtTheText() throws IOException {
		Map<?, ?> syria = (Map<?, ?>) ((List<?>) sources().get(1).get("locations")).get(0);

		assertEquals(List.of(Map.of("text", "Syrien")), syria.get("mentions"));
	}

	@Test
	void theSameDossierGivesTheSameBytes() throws IOException {
		assertEquals(export(), export());
		assertTrue(export().endsWith("}\n"));
		assertFalse(export().contains("\r"));
	}
}
