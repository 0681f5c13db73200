package org.sourcebench.report.excel.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

	@Test
	void plainTextIsKept() {
		CellText text = CellText.of("Kyiv");
		assertEquals("Kyiv", text.value());
		assertFalse(text.formulaLike());
		assertFalse(text.truncated());
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+49 30 1234", "-5 dead", "@SUM(A1:A2)", " =cmd|' /C calc'!A0", "\t=1", "\r\n+2" })
	void textAFormulaCouldBeMadeOfIsFlaggedButKeptAsItIs(String raw) {
		CellText text = CellText.of(raw);
		assertTrue(text.formulaLike(), raw);
		assertEquals(raw.replace("\r", ""), text.value());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Minister: =not a formula", "3-2 win", "e-mail", "" })
	void textWithTheSignsLaterIsNotFormulaLike(String raw) {
		assertFalse(CellText.of(raw).formulaLike(), raw);
	}

	@Test
	void controlCharactersAreRemovedButTabsAndLineFeedsKept() {
		assertEquals("a\tb\nc d", CellText.of("a\tb\r\nc\u0000\u0007 \u001Fd\u007F\u0085").value());
		assertEquals("x", CellText.of("x\uFFFE\uFFFF").value());
	}

	@Test
	void surrogatePairsSurviveAndLoneSurrogatesGo() {
		assertEquals("flag 🇸🇾", CellText.of("flag 🇸🇾").value());
		assertEquals("ab", CellText.of("a\uD83Db").value());
		assertEquals("ab", CellText.of("a\uDE00b").value());
	}

	@Test
	void textOverTheCellLimitIsCutAndSaysHowMuchIsMissing() {
		String raw = "y".repeat(100_000);
		CellText text = CellText.of(raw);
		assertTrue(text.truncated());
		assertEquals(CellText.MAX_LENGTH, text.value().length());
		int kept = text.value().indexOf(" [");
		assertEquals("y".repeat(kept), text.value().substring(0, kept));
		assertEquals(String.format(java.util.Locale.ROOT, " [… truncated: %,d more characters]", raw.length() - kept),
				text.value().substring(kept));
	}

	@Test
	void textExactlyAtTheLimitIsKeptWhole() {
		String raw = "z".repeat(CellText.MAX_LENGTH);
		assertEquals(raw, CellText.of(raw).value());
		assertFalse(CellText.of(raw).truncated());
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		String raw = "😀".repeat(20_000);
		String value = CellText.of(raw).value();
		assertTrue(value.length() <= CellText.MAX_LENGTH);
		int marker = value.indexOf(" [");
		assertTrue(Character.isLowSurrogate(value.charAt(marker - 1)), "ends after a whole pair");
		assertEquals(0, marker % 2);
	}

	@Test
	void aLowerLimitIsRespected() {
		CellText text = CellText.of("w".repeat(300), 255);
		assertEquals(255, text.value().length());
		assertTrue(text.value().endsWith("more characters]"));
	}
}
