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
	static final String ARTICLE = "Somali government forces and al-Shabaab militants fought for hours on Thursday "
			+ "near the town of Adan Yabaal, elders said. Al-Shabaab fighters stormed a military base with car bombs "
			+ "and machine guns, and the Somali army said its troops killed dozens of militants. The attack was the "
			+ "deadliest in the region this year. The Somali government accused al-Shabaab of executing captured "
			+ "soldiers, while the militants said government forces burned a village. Residents said many families had "
			+ "fled to Mogadishu. The African Union mission said it would send reinforcements. Al-Shabaab has waged an "
			+ "insurgency for more than fifteen years, and the government has vowed to defeat it.\n";

	@Test
	void theTwoSidesOfAClashFightEachOther() {
		// no sentence reader relates the Somali military and al-Shabaab ("X forces and Y militants fought", "the
		// Somali army said its troops killed dozens of militants"); read over the whole article the pair fights (19),
		// both ways (at the retrained model's margin 0; the Sudanese article of the earlier model no longer did)
		DocumentExtraction d = extract(ARTICLE);
		assertTrue(hasRelation(d, "Somali military", "Al-Shabaab", "19"), d.relationships().toString());
		assertTrue(hasRelation(d, "Al-Shabaab", "Somali military", "19"), d.relationships().toString());
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
