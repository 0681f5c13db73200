package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.model.ActorKind;

/**
 * The learned actor detector ({@link LearnedActorDetector}, switch {@code actors.learned-detect}): an averaged
 * perceptron trained on the development gold adds noun phrases no reader made an actor. The first test, on an article
 * made up for it, fails with the switch off ({@code -Dsourcebench.off=actors.learned-detect}); the others check the
 * length floor, the model file, the decision and the kinds.
 */
class LearnedActorDetectorTest {

	/** A made-up news article (the detector reads bodies of at least {@link LearnedActorFilter#MIN_LENGTH} characters). */
	static final String ARTICLE = "Ruritania and Turkey will resume talks on the disputed pipeline next week, officials in "
			+ "both capitals said on Monday. The two governments broke off negotiations in March after a dispute over "
			+ "transit fees and the route of the pipeline across the border region. Turkey's foreign ministry said in a "
			+ "statement that it welcomed the decision and hoped that the new round would settle the remaining questions. "
			+ "Ruritania's energy minister told reporters that the country was ready to compromise on the fees but not on "
			+ "the route, and repeated the offer in a post on X. Investigators said the explosion that damaged the "
			+ "pipeline in January had been caused by a drone. Protesters gathered outside the parliament in the capital "
			+ "on Sunday. The National Security Council met on Tuesday. The pipeline would carry gas from the Caspian region to ports on the Mediterranean coast. "
			+ "Analysts said the talks could take several months. The European Union has urged both sides to reach an "
			+ "agreement before the end of the year, when existing supply contracts expire.";

	@Test
	void aBodyNoReaderTookIsAddedByTheModel() {
		// "The National Security Council met on Tuesday.": no country, no reader makes an actor of it; the model does
		DocumentExtraction d = extract(ARTICLE);
		assertTrue(actor(d, "National Security Council").isPresent(), d.actors().toString());
		assertTrue(actor(d, "European Union").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Protesters").isPresent(), d.actors().toString()); // keep leads drop by less than 6
	}

	@Test
	void aSentenceOrTwoIsNotRead() {
		DocumentExtraction d = extract("The National Security Council met on Tuesday.");
		assertFalse(actor(d, "National Security Council").isPresent(), d.actors().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() throws Exception {
		LinearModel m = LearnedRoots.read(LearnedActorDetector.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.KEEP));
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.DROP));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(LearnedActorDetector.MODEL)) {
			String head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(5)
					.reduce("", String::concat);
			assertTrue(head.contains("study + select + check") && head.contains("train-actdet20.sh"), head);
		}
	}

	@Test
	void aCandidateIsAddedWhenKeepLeadsByMoreThanTheMargin() throws Exception {
		LinearModel m = LearnedRoots.parse(new BufferedReader(new StringReader("# made by hand\n"
				+ "bias\tkeep=-2.0\tdrop=2.0\n" + "h=protesters\tkeep=5.0\n")));
		assertEquals(-4f, LearnedActorDetector.lead(m, List.of("bias")));
		assertEquals(1f, LearnedActorDetector.lead(m, List.of("bias", "h=protesters")));
	}

	@Test
	void theKindIsTheTaggersOrTheBodyHeads() {
		assertEquals(ActorKind.PERSON, LearnedActorDetector.kind("Liban Golcad", "PERSON"));
		assertEquals(ActorKind.STATE, LearnedActorDetector.kind("Somaliland", "GPE"));
		assertEquals(ActorKind.ORGANISATION, LearnedActorDetector.kind("Protesters", "SUBJ"));
	}
}
