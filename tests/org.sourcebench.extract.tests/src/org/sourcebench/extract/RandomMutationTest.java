package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.RandomMutations;

/**
 * No stage of the engine fails and every span is a non-empty piece of the body at its offsets, on a few hundred
 * random-offset mutations of the annotated development articles ({@link RandomMutations}: pieces cut at any character,
 * quotation, bracket and apostrophe debris, " (KCNA) said " asides, "“The " before sentences …). Seeded: the same
 * variants on every run. A fault found here (or by the sweep, {@code RandomMutations} on a plain JVM) is fixed at its
 * cause with a unit test of its own.
 */
class RandomMutationTest {

	private static final int COUNT = Integer.getInteger("sourcebench.mutations.count", 300);
	private static final long SEED = Long.getLong("sourcebench.mutations.seed", 22);

	@Test
	void noStageFailsAndEverySpanIsInsideTheBody() {
		List<String> faults = new ArrayList<>();
		int[] n = {0};
		RandomMutations.variants(COUNT, SEED, v -> {
			n[0]++;
			for (String f : RandomMutations.faults(ExtractionFixture.ENGINE, v)) {
				faults.add(v.name() + ": " + f);
			}
		});
		assertEquals(COUNT, n[0]);
		assertTrue(faults.isEmpty(), faults.size() + " faults, the first: "
				+ String.join("\n", faults.subList(0, Math.min(10, faults.size()))));
	}

	@Test
	void theVariantsAreTheSameOnEveryRun() {
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		RandomMutations.variants(20, SEED, v -> first.add(v.name() + "\n" + v.body()));
		RandomMutations.variants(20, SEED, v -> second.add(v.name() + "\n" + v.body()));
		assertEquals(first, second);
	}
}
