package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.actors.LearnedActorDetector;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.actors.LearnedCoref;
import org.sourcebench.extract.claims.DocumentSpeakers;
import org.sourcebench.extract.claims.LearnedClaims;
import org.sourcebench.extract.claims.LearnedCues;
import org.sourcebench.extract.locations.LearnedLocations;
import org.sourcebench.extract.locations.LearnedPlaces;

/**
 * The twelve learned models are retrained together by {@code releng/scripts/retrain-learned.sh} (in the engine's order,
 * stacked, on the dev gold; since the twenty-fourth session all twelve, on batches 1-36): each bundled file's header
 * says so, names the development sets and batches, and carries no date (retraining the same data gives the same file).
 */
class RetrainedModelsTest {

	private static final List<String> MODELS = List.of(LearnedCoref.MODEL, LearnedClaims.MODEL, LearnedLocations.MODEL,
			DocumentSpeakers.MODEL, LearnedCues.MODEL, LearnedRoots.MODEL, LearnedActorFilter.MODEL,
			LearnedRelationFilter.MODEL, DocumentPairs.MODEL, LearnedReroot.MODEL, LearnedPlaces.MODEL,
			LearnedActorDetector.MODEL);

	private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b");

	@Test
	void everyModelWasRetrainedByTheOneScriptOnDev() throws IOException {
		for (String model : MODELS) {
			String head = header(model);
			assertTrue(head.contains("Retrained by releng/scripts/retrain-learned.sh"), model + ": " + head);
			assertTrue(head.contains("study + select + check, batches 1-36"), model + ": " + head);
			assertFalse(DATE.matcher(head).find(), model + ": " + head);
		}
	}

	private String header(String model) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(model)) {
			assertNotNull(in, model);
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
		}
	}
}
