package org.sourcebench.extract.relations;

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
 * Roots beyond the dictionary ({@link LearnedReroot}, switch {@code relations.learned-reroot}): an averaged perceptron
 * trained on the development articles' gold reads the sentence pairs nothing relates and proposes roots no dictionary
 * word of the pair's path supports. The first test, on a sentence made up for it whose event words ("engaged in a
 * fierce conflict with") are in no dictionary, fails with the switch off ({@code
 * -Dsourcebench.off=relations.learned-reroot}: no relation of the two, checked on a plain JVM with EngineExport); the
 * second checks the model file.
 */
class LearnedRerootTest {

	/** A made-up news article. */
	static final String ARTICLE = "The Malian army has been engaged in a fierce conflict with the Islamic State Sahel "
			+ "Province near Menaka since Sunday, residents said. Thousands of civilians have fled to Niger.\n";

	@Test
	void aConflictNoDictionaryWordNamesIsFighting() {
		// no reader, dictionary root or document pair relates the two; the model reads the sentence as fighting (19)
		DocumentExtraction d = extract(ARTICLE);
		assertTrue(hasRelation(d, "Malian military", "Islamic State", "19"), d.relationships().toString());
		assertTrue(hasRelation(d, "Islamic State", "Malian military", "19"), d.relationships().toString());
	}

	@Test
	void theBundledModelSaysHowItWasMade() throws Exception {
		LinearModel m = LearnedRoots.read(LearnedReroot.MODEL);
		assertTrue(List.of(m.outcomes()).contains(LearnedRoots.NONE) && List.of(m.outcomes()).contains("19"));
		assertFalse(LearnedRoots.supported(List.of("lca=engage", "p=conflict")).contains("19"));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(LearnedReroot.MODEL)) {
			String head = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().limit(5)
					.reduce("", String::concat);
			assertTrue(head.contains("study + select + check") && head.contains("train-relroot23.sh"), head);
		}
	}
}
