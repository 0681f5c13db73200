package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * {@link StrandedWords} ends on a stranded word whose walk over the punctuation before it comes back: a mark under a
 * later mark whose head is after the word (found by the twenty-second session's random-offset sweep, "saying t()he
 * …": the parse, and the article's extraction with it, never ended).
 */
class StrandedWordsLoopTest {

	@Test
	void aWalkOverPunctuationThatComesBackEnds() {
		// said ( ) word . — "word" is stranded under the full stop; "(" is under ")", whose head is the full stop
		String[] pos = {"VERB", "PUNCT", "PUNCT", "NOUN", "PUNCT"};
		int[] heads = {-1, 2, 4, 4, 0};
		String[] labels = {"root", "punct", "punct", "obj", "punct"};
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> StrandedWords.repair(pos, heads, labels));
		assertArrayEquals(new int[] {-1, 2, 4, 4, 0}, heads, "no open word before it: left as parsed");
	}
}
