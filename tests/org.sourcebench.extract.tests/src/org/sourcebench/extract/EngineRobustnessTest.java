package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.EngineMutations;

/**
 * The engine never throws and every span it returns is the body's text at its offsets, on mutated variants of the
 * real articles we hold ({@link EngineMutations}: every sentence alone and damaged, whole bodies rewritten, degenerate
 * bodies). A throwing article is lost whole to the analyst, so each fault found here is fixed at its cause and gets
 * its own unit test. The test runs a fixed sample: all degenerate bodies and every {@value #DEFAULT_EVERY}th other
 * variant (the seed fixes which). {@code -Dsourcebench.robustness.every=1} (in {@code sourcebench.test.vmargs})
 * runs the full sweep, as {@code releng/scripts/robust-extract.sh} does on a plain JVM.
 */
class EngineRobustnessTest {

	private static final int DEFAULT_EVERY = 37;
	private static final int EVERY = Integer.getInteger("sourcebench.robustness.every", DEFAULT_EVERY);
	private static final long SEED = Long.getLong("sourcebench.robustness.seed", 14);

	@Test
	void extractionNeverFailsAndEverySpanIsTheBodysText() {
		List<String> faults = new ArrayList<>();
		int[] n = {0, 0};
		EngineMutations.all(SEED, v -> {
			if (n[0]++ % EVERY == 0 || v.name().startsWith("degenerate")) {
				n[1]++;
				for (String f : EngineMutations.faults(ExtractionFixture.ENGINE, v)) {
					faults.add(v.name() + ": " + f);
				}
			}
		});
		assertTrue(n[1] >= n[0] / EVERY, "sample of " + n[1] + " variants out of " + n[0]);
		assertTrue(faults.isEmpty(), faults.size() + " faults, the first: "
				+ String.join("\n", faults.subList(0, Math.min(10, faults.size()))));
	}
}
