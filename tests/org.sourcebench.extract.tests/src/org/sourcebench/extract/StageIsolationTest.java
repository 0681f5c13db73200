package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Each stage of {@link ExtractionEngine#extract(String, ExtractionOptions)} is isolated: a stage that throws costs its
 * own results, is reported as a warning naming the document and the stage, and the article keeps what the other
 * stages produced. The faults are injected with {@value Stages#FAULT_PROPERTY} (and a parser that throws).
 */
class StageIsolationTest {

	private static final String BODY = "Beijing summoned the Japanese ambassador on Friday. Russia's deputy UN "
			+ "ambassador Dmitry Polyansky said on Monday that the United States had attacked Iran. Polyansky said Moscow "
			+ "condemned the strikes on Tehran.";
	/** Runs only when a late merge renamed an actor, which this body does not have. */
	private static final String CONDITIONAL = "actors.renamed-sides";

	private static DocumentExtraction failing(String stage) {
		return withFault(stage, () -> ExtractionFixture.ENGINE.extract(BODY,
				ExtractionOptions.dated(null).withDocument("3512.txt")));
	}

	private static <T> T withFault(String stage, Supplier<T> run) {
		String was = System.setProperty(Stages.FAULT_PROPERTY, stage);
		try {
			return run.get();
		} finally {
			if (was == null) {
				System.clearProperty(Stages.FAULT_PROPERTY);
			} else {
				System.setProperty(Stages.FAULT_PROPERTY, was);
			}
		}
	}

	@Test
	void everyStageThatThrowsIsOneWarningNamingTheDocumentAndTheStage() {
		List<String> wrong = new ArrayList<>();
		for (String stage : ExtractionEngine.STAGES) {
			if (stage.equals(CONDITIONAL)) {
				continue;
			}
			DocumentExtraction d = failing(stage);
			String expected = "3512.txt: extraction stage \"" + stage + "\" failed (IllegalStateException: fault injected";
			if (d.warnings().size() != 1 || !d.warnings().get(0).stage().equals(stage)
					|| !d.warnings().get(0).message().startsWith(expected) || d.complete()) {
				wrong.add(stage + ": " + d.warnings());
			}
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	@Test
	void aFailedStageCostsOnlyItsOwnResults() {
		DocumentExtraction whole = ExtractionFixture.ENGINE.extract(BODY);
		assertTrue(whole.complete(), "no fault unless injected: " + whole.warnings());
		assertFalse(whole.claims().isEmpty() || whole.relationships().isEmpty() || whole.locations().isEmpty(),
				whole.toString());

		DocumentExtraction noClaims = failing("claims");
		assertTrue(noClaims.claims().isEmpty(), noClaims.claims().toString());
		assertTrue(ExtractionFixture.actor(noClaims, "Dmitry Polyansky").isPresent(), noClaims.actors().toString());
		assertTrue(ExtractionFixture.location(noClaims, "Tehran").isPresent(), noClaims.locations().toString());
		assertTrue(ExtractionFixture.hasRelation(noClaims, "United States", "Iran", "19"),
				noClaims.relationships().toString());

		DocumentExtraction noParse = failing("parse");
		assertTrue(ExtractionFixture.actor(noParse, "Dmitry Polyansky").isPresent(), noParse.actors().toString());
		assertFalse(noParse.claims().isEmpty(), "the word-window claim readers need no parse");

		DocumentExtraction noActors = failing("output");
		assertTrue(noActors.actors().isEmpty(), noActors.actors().toString());
		assertEquals(whole.claims(), noActors.claims());

		DocumentExtraction nothing = failing("analysis");
		assertEquals(BODY, nothing.body());
		assertTrue(nothing.actors().isEmpty() && nothing.locations().isEmpty() && nothing.claims().isEmpty()
				&& nothing.relationships().isEmpty(), nothing.toString());
	}

	@Test
	void aParserThatThrowsCostsTheParseReadersOnly() {
		ExtractionEngine engine = ExtractionEngine.withParser(body -> {
			throw new IndexOutOfBoundsException("start > end");
		});
		DocumentExtraction d = engine.extract(BODY, ExtractionOptions.DEFAULT.withDocument("article.txt"));
		assertEquals(1, d.warnings().size(), d.warnings().toString());
		ExtractionWarning w = d.warnings().get(0);
		assertEquals("parse", w.stage());
		assertEquals("article.txt", w.document());
		assertTrue(w.message().startsWith("article.txt: extraction stage \"parse\" failed (IndexOutOfBoundsException: "
				+ "start > end at StageIsolationTest."), w.message());
		assertTrue(ExtractionFixture.actor(d, "Dmitry Polyansky").isPresent(), d.actors().toString());
	}

	@Test
	void aFaultNamingADocumentIsInjectedIntoThatDocumentOnly() {
		DocumentExtraction named = failing("claims" + Stages.DOCUMENT_MARK + "3512.txt");
		assertEquals(List.of("claims"), named.warnings().stream().map(ExtractionWarning::stage).toList());
		DocumentExtraction other = failing("claims" + Stages.DOCUMENT_MARK + "other.txt");
		assertTrue(other.complete(), other.warnings().toString());
		DocumentExtraction prefix = failing("claim");
		assertTrue(prefix.complete(), "only a whole stage name injects: " + prefix.warnings());
	}
}
