package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;

/**
 * The actor-name mechanism of the eleventh session on issue 11 (a name written in another form than the
 * dictionaries use), on a sentence written for the test; the assertion fails with the mechanism switched off.
 */
class NameFormsTest {

	@Test
	void aNameWrittenAsOneWordIsTheDictionarysNameOfTwo() {
		// actors.joinedWords: the dictionary lists "Exxon Mobil"; the text runs the words together
		DocumentExtraction d = ExtractionFixture.extract("The government said on Tuesday that ExxonMobil would keep "
				+ "drilling in the disputed waters despite the protests of its neighbour.");
		assertTrue(d.actors().stream().anyMatch(a -> ExtractionFixture.mentionTexts(a).contains("ExxonMobil")),
				d.actors().toString());
	}
}
