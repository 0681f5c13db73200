package org.sourcebench.extract.relations;

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
 * Document-level relations ({@link DocumentPairs}, switch {@code relations.document-pairs}): an averaged perceptron
 * trained on the development articles' gold reads every actor pair of a document with features aggregated over all
 * the sentences naming both, and adds the conflict relations it holds that no sentence reader emitted. The first
 * test, on an article made up for it, fails with the switch off ({@code -Dsourcebench.off=relations.document-pairs});
 * the second checks the model file.
 */
class DocumentPairsTest {

	/** A made-up news article. */
	static final String ARTICLE = "Sudanese army troops and fighters of the Rapid Support Forces clashed again on "
			+ "Sunday near the town of El Fasher, residents said. The Rapid Support Forces attacked army positions in the "
			+ "south of the town with drones and artillery, and the army said its aircraft struck RSF convoys in the "
			+ "desert. The fighting has killed hundreds of civilians since May, according to aid groups. The United "
			+ "Nations has urged both sides to protect civilians and to allow aid convoys into the town. Residents said "
			+ "shells fell on the main market for a third day, and that many families had fled towards Chad. The army "
			+ "accused the RSF of shelling a hospital, while the paramilitary group said the army bombed a camp for "
			+ "displaced people. Talks in Jeddah between the two sides collapsed last year, and neither has agreed to a "
			+ "new ceasefire.\n";

	@Test
	void theTwoSidesOfAClashFightEachOther() {
		// no sentence reader relates the army and the RSF ("X troops and fighters of Y clashed", "the army said its
		// aircraft struck RSF convoys"); read over the whole article the pair fights (19), both ways
		DocumentExtraction d = extract(ARTICLE);
		assertTrue(hasRelation(d, "Rapid Support Forces", "Sudanese military", "19"), d.relationships().toString());
		assertTrue(hasRelation(d, "Sudanese military", "Rapid Support Forces", "19"), d.relationships().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() throws Exception {
		LinearModel m = LearnedRoots.read(DocumentPairs.MODEL);
		assertTrue(List.of(m.outcomes()).contains("keep") && List.of(m.outcomes()).contains("drop"));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(DocumentPairs.MODEL)) {
			String head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(5)
					.reduce("", String::concat);
			assertTrue(head.contains("study + select + check") && head.contains("train-docrel22.sh"), head);
		}
	}
}
