package org.sourcebench.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCursorTest {

	@Test
	void wordsKeepHyphensApostrophesAndInitialsButNotSentenceStops() {
		String t = "Troops left al-Fashir for the U.S.-run base in Gaza's south. Then Mr. Lee spoke of 3.5 km.";
		TextCursor c = TextCursor.of(t);
		assertEquals("al-Fashir", c.nextWord(t.indexOf("al-")));
		assertEquals("U.S.-run", c.nextWord(t.indexOf("U.S.")));
		assertEquals("Gaza's", c.nextWord(t.indexOf("Gaza")));
		assertEquals("south", c.previousWord(t.indexOf(". Then")));
		assertEquals("", c.previousWord(t.indexOf(" Then")), "a sentence's full stop is punctuation");
		assertEquals("Mr", c.nextWord(t.indexOf("Mr.")), "an abbreviated word keeps no full stop");
		assertEquals("3.5", c.nextWord(t.indexOf("3.5")));
		assertEquals("km", c.previousWordAsWritten(t.length() - 1));
		assertEquals(-1, c.nextWordStart(t.indexOf(". Then")));
	}

	@Test
	void previousWordsSkipSpacesAndLowerCase() {
		String t = "fighting  near The Capital";
		TextCursor c = TextCursor.of(t);
		int capital = t.indexOf("Capital");
		assertEquals("the", c.previousWord(capital));
		assertEquals("The", c.previousWordAsWritten(capital));
		assertEquals(t.indexOf("The"), c.skipBack(capital, w -> w.equals("the"), 3));
		assertEquals(t.indexOf("near"), c.skipBack(capital, w -> w.equals("the") || w.equals("near"), 3));
		assertEquals(t.indexOf("fighting"), c.previousWordStart(t.indexOf("near")));
		assertEquals(-1, c.previousWordStart(0));
	}

	@Test
	void punctuationAroundWords() {
		String t = "\"We stay,\" said Kim, in Seoul.";
		TextCursor c = TextCursor.of(t);
		int said = t.indexOf("said");
		assertEquals("stay", c.previousWordOverPunctuation(said));
		assertEquals('"', c.charBefore(said));
		assertEquals(t.indexOf(", in"), c.commaBefore(t.indexOf("in Seoul")));
		assertEquals(-1, c.commaBefore(said + 5));
		assertEquals(',', c.charAfter(t.indexOf(" in") - 1));
		assertTrue(c.sentenceStart(said), "after a closing quotation mark");
		assertTrue(c.sentenceStart(0));
		assertFalse(c.sentenceStart(t.indexOf("Seoul")));
		assertTrue(c.isWordStart(t.indexOf("Seoul")));
		assertFalse(c.isWordStart(t.indexOf("eoul")));
		assertEquals(1, c.wordStartFrom(0), "over the opening quotation mark");
		assertEquals(t.indexOf("said"), c.wordStartFrom(t.indexOf("stay") + 1));
		assertEquals(t.length(), c.wordStartFrom(t.indexOf(".")), "no word after");
		StringBuilder words = new StringBuilder();
		for (int i = c.wordStartFrom(0); i < t.length(); i = c.wordStartFrom(i + 1)) {
			words.append(t, i, c.wordEnd(i)).append('|');
		}
		assertEquals("We|stay|said|Kim|in|Seoul|", words.toString());
	}

	@Test
	void possessivesAndHyphenatedNames() {
		String t = "Russia's army met Ukraine' s envoys and Kim Seung-kyum.";
		TextCursor c = TextCursor.of(t);
		assertTrue(c.possessiveAfter(t.indexOf("'s")));
		assertEquals(t.indexOf("'s"), c.possessiveOwnerEnd(t.indexOf(" army")));
		assertEquals(-1, c.possessiveOwnerEnd(t.indexOf(" met")));
		int seung = t.indexOf("Seung") + "Seung".length();
		assertEquals(t.indexOf("."), c.hyphenatedWordEnd(seung));
		assertTrue(c.onlySpaces(3, 3));
		assertFalse(c.onlySpaces(0, 3));
		assertTrue(TextCursor.capitalised("Kim"));
		assertFalse(TextCursor.capitalised("kim"));
	}
}
