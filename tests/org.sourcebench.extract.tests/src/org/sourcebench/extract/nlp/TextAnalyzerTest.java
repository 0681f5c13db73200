package org.sourcebench.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

	@Test
	void sentencesAndTokensKeepBodyOffsetsAcrossParagraphs() {
		String body = "Putin met Erdogan. They talked.\nLavrov said so.";
		AnalyzedText t = new TextAnalyzer().analyze(body);
		assertEquals(3, t.sentences().size());
		for (Token tok : t.tokens()) {
			assertEquals(tok.text(), body.substring(tok.begin(), tok.end()));
		}
		assertEquals(1, t.sentences().get(2).paragraph());
	}

	@Test
	void matchTextStraightensQuotesWithoutMovingOffsets() {
		String body = "“Syria’s future”";
		AnalyzedText t = new TextAnalyzer().analyze(body);
		assertEquals("\"Syria's future\"", t.matchText());
		assertEquals(body.length(), t.matchText().length());
	}

	@Test
	void partOfSpeechIsTaggedOnDemand() {
		AnalyzedText t = new TextAnalyzer().analyze("Russia condemned the strikes.");
		assertTrue(t.pos(1).equals("VERB"), t.pos(1));
	}

	@Test
	void aSentenceGoesOnOverTheFullStopsOfTitlesAndInitials() {
		// text.abbreviation-join: the detector alone ends sentences after "a.m.", "Lt." and "Col."
		String body = "The shelling resumed at 6 a.m. on Sunday, the army said. The convoy was stopped at the border, "
				+ "spokesman Lt. Col. Anna Berg said.\nThe U.S. Embassy closed. Its staff left.";
		AnalyzedText t = new TextAnalyzer().analyze(body);
		assertEquals(java.util.List.of("The shelling resumed at 6 a.m. on Sunday, the army said.",
				"The convoy was stopped at the border, spokesman Lt. Col. Anna Berg said.", "The U.S. Embassy closed.",
				"Its staff left."), sentenceTexts(t, body));
		for (Token tok : t.tokens()) {
			assertEquals(tok.text(), body.substring(tok.begin(), tok.end()));
		}
	}

	@Test
	void initialsBeforeAPersonsTitleDoNotEndTheSentence() {
		// text.initialsBeforeTitle: the detector alone ends a sentence after "U.S." before "President"
		String body = "Late on Monday, U.S. President Jane Roe said the talks were over. A call between the U.K. "
				+ "Foreign Secretary and her counterpart followed.";
		assertEquals(java.util.List.of("Late on Monday, U.S. President Jane Roe said the talks were over.",
				"A call between the U.K. Foreign Secretary and her counterpart followed."),
				sentenceTexts(new TextAnalyzer().analyze(body), body));
	}

	private static java.util.List<String> sentenceTexts(AnalyzedText t, String body) {
		return t.sentences().stream().map(s -> body.substring(s.begin(), s.end())).toList();
	}
}
