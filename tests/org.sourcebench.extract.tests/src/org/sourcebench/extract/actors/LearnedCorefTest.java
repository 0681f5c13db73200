package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * The learned description resolver ({@link LearnedCoref}, switch {@code actors.learned-coref}): an averaged perceptron
 * trained on the development gold's actor mentions makes an unresolved definite description a mention of an actor
 * named before it. The first test, on an article made up for it, fails with the switch off
 * ({@code -Dsourcebench.off=actors.learned-coref}); the second checks the bundled model.
 */
class LearnedCorefTest {

	static final String ARTICLE = "Colombia's peace commissioner said on Monday that talks with the National Liberation "
			+ "Army would resume in Havana next month. The rebels released two soldiers last week after holding them for "
			+ "a month. On Tuesday the government accused the guerrillas of violating the ceasefire in Arauca province, "
			+ "where fighting has displaced thousands of people. The government also said it would send more troops to "
			+ "the border with Venezuela.";

	@Test
	void aDescriptionBecomesAMentionOfTheActorTheModelRanksFirst() {
		// "The rebels": no reader's description list holds "rebels"; the model ranks the armed group first
		DocumentExtraction d = extract(ARTICLE);
		ExtractedActor eln = actor(d, "National Liberation Army").orElseThrow();
		assertTrue(mentionTexts(eln).contains("The rebels"), mentionTexts(eln).toString());
	}

	@Test
	void theBundledModelSaysHowItWasMadeAndListsItsHeads() throws Exception {
		LinearModel m = LearnedRoots.read(LearnedCoref.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.KEEP));
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.DROP));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(LearnedCoref.MODEL)) {
			List<String> head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(8)
					.toList();
			assertTrue(String.join("", head).contains("train-entity22.sh"), head.toString());
			String heads = head.stream().filter(l -> l.startsWith("#heads\t")).findFirst().orElse("");
			assertTrue(List.of(heads.substring(7).split(" ")).containsAll(List.of("government", "rebels")), heads);
		}
		assertEquals(8f, LearnedCoref.MARGIN);
	}
}
