package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * The learned relation filter ({@link LearnedRelationFilter}, switch {@code relations.learned-filter}): an averaged
 * perceptron trained on the development set's gold drops the emitted relations it judges gold does not hold typed.
 * The first test, on an article made up for it, fails with the switch off
 * ({@code -Dsourcebench.off=relations.learned-filter}); the others check the model file and the lead buckets.
 */
class LearnedRelationFilterTest {

	/** A made-up news article (the filter reads bodies of at least {@link LearnedRelationFilter#MIN_LENGTH} characters). */
	static final String ARTICLE = "Ilham Aliyev agreed to start work on a peace treaty during a "
			+ "trilateral summit hosted by European Council President Charles Michel. The European Union has urged both "
			+ "sides to reach an agreement before the end of the year, when existing supply contracts expire. Analysts "
			+ "said the talks could take several months. Exercises in the region have drawn protests for several years, "
			+ "and the two countries have never signed a peace treaty ending the war. The foreign minister said the "
			+ "government would continue to press the issue through diplomatic channels. Officials in both capitals said "
			+ "further meetings were planned, and diplomats expected a statement next week. The border between the two "
			+ "countries remains closed, and several villages near the frontier have been shelled in recent months, local "
			+ "officials said. Aid groups said thousands of families were still waiting to return to their homes.";

	@Test
	void theWindowRulesConsultBetweenASummitsGuestAndItsHostIsDropped() {
		// the word-window rules read "Aliyev agreed ... hosted by ... Charles Michel" as a consultation (03) of the
		// host; the model drops it and keeps the host's mediation (045)
		assertTrue(ARTICLE.length() >= LearnedRelationFilter.MIN_LENGTH);
		DocumentExtraction d = extract(ARTICLE);
		assertFalse(hasRelation(d, "Ilham Aliyev", "Charles Michel", "03"), d.relationships().toString());
		assertTrue(hasRelation(d, "Charles Michel", "Ilham Aliyev", "045"), d.relationships().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() throws Exception {
		LinearModel m = LearnedRoots.read(LearnedRelationFilter.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedRelationFilter.KEEP));
		assertTrue(List.of(m.outcomes()).contains(LearnedRelationFilter.DROP));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(LearnedRelationFilter.MODEL)) {
			String head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(5)
					.reduce("", String::concat);
			assertTrue(head.contains("study + select + check") && head.contains("train-relfilter20.sh"), head);
		}
	}

	@Test
	void theActorFilterScoreIsBucketed() {
		assertEquals("none", LearnedRelationFilter.leadBucket(null));
		assertEquals("<-100", LearnedRelationFilter.leadBucket(-150f));
		assertEquals("<-10", LearnedRelationFilter.leadBucket(-12f));
		assertEquals("<=3", LearnedRelationFilter.leadBucket(3f));
		assertEquals(">3", LearnedRelationFilter.leadBucket(4f));
	}
}
