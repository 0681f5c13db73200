package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stages that read the document sentence by sentence ({@link Sentences}: the parsed readers of relations, claims
 * and actors) are isolated per sentence: an engine defect on one sentence costs that sentence's output, reported as a
 * warning naming the stage and the sentence's index, and the stage keeps its other sentences. The faults are injected
 * with {@value Stages#FAULT_PROPERTY}{@code =STAGE@sentence:N}.
 */
class SentenceIsolationTest {

	/** Four parsed sentences; the parsed relation reader reads Polyansky's accusation (2) and Moscow's (3). */
	private static final String BODY = "Beijing summoned the Japanese ambassador on Friday. According to Iran's foreign "
			+ "ministry, Israeli strikes killed 12 civilians in Tehran. Russia's deputy UN ambassador Dmitry Polyansky said on "
			+ "Monday that the United States had attacked Iran. Polyansky said Moscow condemned the strikes on Tehran.";

	@AfterEach
	void clearFault() {
		System.clearProperty(Stages.FAULT_PROPERTY);
	}

	private static DocumentExtraction failing(String fault) {
		System.setProperty(Stages.FAULT_PROPERTY, fault);
		try {
			return ExtractionFixture.ENGINE.extract(BODY, ExtractionOptions.DEFAULT.withDocument("3512.txt"));
		} finally {
			System.clearProperty(Stages.FAULT_PROPERTY);
		}
	}

	@Test
	void aFailingSentenceCostsThatSentenceOnly() {
		DocumentExtraction whole = ExtractionFixture.ENGINE.extract(BODY);
		assertTrue(whole.complete(), whole.warnings().toString());
		assertTrue(ExtractionFixture.hasRelation(whole, "Dmitry Polyansky", "United States", "11"), whole.toString());
		assertTrue(ExtractionFixture.hasRelation(whole, "Russia", "United States", "11"), whole.toString());

		DocumentExtraction one = failing("relations.parsed@sentence:3");
		assertEquals(1, one.warnings().size(), one.warnings().toString());
		ExtractionWarning w = one.warnings().get(0);
		assertEquals("relations.parsed", w.stage());
		assertEquals(3, w.sentence());
		assertTrue(w.message().startsWith("3512.txt: extraction stage \"relations.parsed\" failed on sentence 3 (index "
				+ "from 0) (IllegalStateException: fault injected"), w.message());
		assertFalse(ExtractionFixture.hasRelation(one, "Russia", "United States", "11"), "the failing sentence's "
				+ "relation is dropped: " + one.relationships());
		assertTrue(ExtractionFixture.hasRelation(one, "Dmitry Polyansky", "United States", "11"), "the other sentences' "
				+ "relations are kept: " + one.relationships());
		assertEquals(whole.claims(), one.claims());

		// the whole stage failing costs both
		DocumentExtraction stage = failing("relations.parsed");
		assertEquals(-1, stage.warnings().get(0).sentence());
		assertFalse(ExtractionFixture.hasRelation(stage, "Dmitry Polyansky", "United States", "11"),
				stage.relationships().toString());
	}

	@Test
	void theOtherSentencesClaimsAndActorsSurvive() {
		DocumentExtraction whole = ExtractionFixture.ENGINE.extract(BODY);
		DocumentExtraction claims = failing("claims@sentence:2");
		assertEquals(List.of("claims:2"), claims.warnings().stream().map(w -> w.stage() + ":" + w.sentence()).toList());
		int third = BODY.indexOf("Polyansky said Moscow");
		int second = BODY.indexOf("Russia's deputy");
		for (ExtractedClaim c : whole.claims()) {
			if (c.evidence().begin() < second || c.evidence().begin() >= third) {
				assertTrue(claims.claims().contains(c), "kept: " + c + " in " + claims.claims());
			}
		}
		DocumentExtraction actors = failing("actors.parsed@sentence:0");
		assertEquals(List.of("actors.parsed:0"), actors.warnings().stream().map(w -> w.stage() + ":" + w.sentence())
				.toList());
		assertTrue(ExtractionFixture.actor(actors, "Dmitry Polyansky").isPresent(), actors.actors().toString());
	}

	@Test
	void aSentenceFaultAppliesToItsStageSentenceAndDocumentOnly() {
		assertTrue(failing("claims@sentence:99").complete(), "no such sentence");
		assertTrue(failing("claims@sentence:1@other.txt").complete(), "another document");
		assertEquals(List.of("claims:1"), failing("claims@sentence:1@3512.txt").warnings().stream()
				.map(w -> w.stage() + ":" + w.sentence()).toList());
	}

	@Test
	void theGuardDropsWhatTheFailingSentenceAddedAndGoesOn() {
		Stages stages = new Stages("a.txt");
		List<String> out = new ArrayList<>();
		stages.run("claims", () -> Sentences.each(List.of("a", "b", "c"), out, (s, i) -> {
			out.add(s);
			if (s.equals("b")) {
				out.add("b2");
				throw new IllegalArgumentException("b");
			}
		}));
		assertEquals(List.of("a", "c"), out);
		assertEquals(1, stages.warnings().size());
		assertEquals(1, stages.warnings().get(0).sentence());
		assertEquals("claims", stages.warnings().get(0).stage());

		// outside the engine's stages (a trainer, a test of one reader) an exception passes as before
		assertThrows(IllegalArgumentException.class, () -> Sentences.each(List.of("a"), null, (s, i) -> {
			throw new IllegalArgumentException(s);
		}));
	}
}
