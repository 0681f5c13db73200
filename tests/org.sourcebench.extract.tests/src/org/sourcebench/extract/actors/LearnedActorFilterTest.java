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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.model.ActorKind;

/**
 * The learned actor filter ({@link LearnedActorFilter}, switch {@code actors.learned-filter}): an averaged perceptron
 * trained on the development sets' gold drops the emitted actors it judges spurious, with their claims and relations.
 * The first test, on a sentence made up for it, fails with the switch off ({@code -Dsourcebench.off=actors.learned-filter});
 * the others check the model file, the decision and the features.
 */
class LearnedActorFilterTest {

	/** A made-up news article (the filter reads bodies of at least {@link LearnedActorFilter#MIN_LENGTH} characters). */
	static final String ARTICLE = "Ruritania and Turkey will resume talks on the disputed pipeline next week, officials in "
			+ "both capitals said on Monday. The PM said the talks with Turkey would resume next week, an official said. "
			+ "The two governments broke off negotiations in March after a dispute over transit fees and the route of the "
			+ "pipeline across the border region. Turkey's foreign ministry said in a statement that it welcomed the "
			+ "decision and hoped that the new round would settle the remaining questions. Ruritania's energy minister "
			+ "told reporters that the country was ready to compromise on the fees but not on the route. The pipeline "
			+ "would carry gas from the Caspian region to ports on the Mediterranean coast. Analysts said the talks could "
			+ "take several months. The European Union has urged both sides to reach an agreement before the end of the "
			+ "year, when existing supply contracts expire.";

	@Test
	void aBareTitleNoNameResolvesIsDroppedWithItsClaim() {
		// "The PM" of no named state or person: the readers make an actor "PM" speaking a claim; the model drops both
		DocumentExtraction d = extract(ARTICLE);
		assertFalse(actor(d, "PM").isPresent(), d.actors().toString());
		assertTrue(d.claims().stream().noneMatch(c -> c.speaker().equals("PM")), d.claims().toString());
		assertTrue(actor(d, "Turkey").isPresent() && actor(d, "European Union").isPresent(), d.actors().toString());
	}

	@Test
	void aSentenceOrTwoIsNotFiltered() {
		assertTrue(ARTICLE.length() >= LearnedActorFilter.MIN_LENGTH);
		DocumentExtraction d = extract("The PM said the talks with Turkey would resume next week, an official said.");
		assertTrue(actor(d, "PM").isPresent(), d.actors().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() throws Exception {
		LinearModel m = LearnedRoots.read(LearnedActorFilter.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.KEEP));
		assertTrue(List.of(m.outcomes()).contains(LearnedActorFilter.DROP));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(LearnedActorFilter.MODEL)) {
			String head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(5)
					.reduce("", String::concat);
			assertTrue(head.contains("study + select + check") && head.contains("train-actor-filter.sh"), head);
		}
	}

	@Test
	void anActorIsDroppedWhenDropLeadsByMoreThanTheMargin() throws Exception {
		LinearModel m = LearnedRoots.parse(new BufferedReader(new StringReader("# made by hand\n"
				+ "bias\tkeep=2.0\tdrop=-2.0\n" + "o=PersonFinder\tdrop=3.0\n")));
		assertEquals(-4f, LearnedActorFilter.lead(m, List.of("bias")));
		assertEquals(-1f, LearnedActorFilter.lead(m, List.of("bias", "o=PersonFinder"))); // drop 1 against keep 2
		assertTrue(LearnedActorFilter.drop(m, List.of("bias", "o=PersonFinder"), -2f));
		assertFalse(LearnedActorFilter.drop(m, List.of("bias", "o=PersonFinder"), -1f));
		assertFalse(LearnedActorFilter.drop(m, List.of("bias"), -2f));
	}

	@Test
	void theFeaturesSayHowTheActorWasFoundAndUsed() {
		LearnedActorFilter.dumpFeatures(); // the readers are recorded with the switch off too
		String body = "Title\nThe PM said on Monday that “Ruritania will not yield”.";
		DocActors actors = new DocActors();
		DocActor pm = actors.actor("PM", ActorKind.PERSON, null, 0.5);
		actors.mention(pm, 10, 12);
		DocActor r = actors.actor("Ruritania", ActorKind.STATE, "RU", 0.9);
		actors.mention(r, body.indexOf("Ruritania"), body.indexOf("Ruritania") + 9);
		List<ExtractedClaim> claims = new ArrayList<>();
		List<ExtractedRelationship> rel = new ArrayList<>();
		List<String> f = LearnedActorFilter.features(body, pm, actors.actors(), claims, rel, List.of());
		assertTrue(f.contains("o=LearnedActorFilterTest") && f.contains("k=person") && f.contains("p=the")
				&& f.contains("n=said") && f.contains("q=none") && f.contains("shape=acronym"), f.toString());
		List<String> g = LearnedActorFilter.features(body, r, actors.actors(), claims, rel, List.of());
		assertTrue(g.contains("q=all") && g.contains("iso=true|k=state"), g.toString());
	}
}
