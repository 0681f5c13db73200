package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.TestResources;

/**
 * One engine shared by many threads gives, for every article, exactly the result of a single-threaded run
 * (compared as the whole {@link DocumentExtraction} record: every actor, mention offset, claim, relationship and
 * confidence).
 */
class ExtractionEngineConcurrencyTest {

	private static final String[] ARTICLES = {"000_e2a23cc3f04865a0", "101_tasnim_astana", "102_kurdistan24_afrin",
		"103_wire_douma", "104_rudaw_euphrates", "105_tass_hajin", "106_gulf_riyadh", "107_fars_idlib", "108_enab_ghouta",
		"109_ap_manbij", "110_k24_sinjar", "111_asharq_golan",
		"112_presstv_quneitra", "113_afp_sochi"};
	private static final int THREADS = 8;
	private static final int ROUNDS = 6;

	@Test
	void parallelRunsOfOneEngineGiveTheSequentialResults() throws Exception {
		ExtractionEngine engine = ExtractionEngine.createDefault();
		List<String> bodies = new ArrayList<>();
		List<DocumentExtraction> expected = new ArrayList<>();
		for (String a : ARTICLES) {
			String body = TestResources.body(a);
			bodies.add(body);
			expected.add(engine.extract(body));
		}
		assertFalse(expected.get(0).actors().isEmpty(), "the seed yields actors");
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<DocumentExtraction>> results = new ArrayList<>();
			List<Integer> which = new ArrayList<>();
			for (int r = 0; r < ROUNDS; r++) {
				for (int i = 0; i < bodies.size(); i++) {
					// each round starts at another article so that different documents overlap in time
					int k = (i + r) % bodies.size();
					which.add(k);
					results.add(pool.submit(() -> engine.extract(bodies.get(k))));
				}
			}
			for (int j = 0; j < results.size(); j++) {
				int k = which.get(j);
				assertEquals(expected.get(k), results.get(j).get(), "parallel result differs for " + ARTICLES[k]);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aSecondEngineGivesTheSameResults() {
		String body = TestResources.body(ARTICLES[0]);
		assertEquals(ExtractionEngine.createDefault().extract(body), ExtractionEngine.createDefault().extract(body));
	}
}
