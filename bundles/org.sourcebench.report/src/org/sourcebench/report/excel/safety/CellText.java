package org.sourcebench.report.excel.safety;

import java.util.Locale;

/**
 * Text from untrusted sources (articles, web pages) made safe for one spreadsheet cell.
 *
 * <ul>
 * <li><b>No formulas.</b> Text is always written as a string cell, never parsed as a formula. Text that a
 * spreadsheet would turn into a formula when the analyst edits the cell or saves it as CSV (it starts with
 * {@code = + - @}, or with a tab or carriage return before one, the OWASP "CSV injection" list) is flagged by
 * {@link #formulaLike()}; the writer then gives the cell a "quote prefix" style, the file-format equivalent of
 * typing a leading apostrophe in Excel. The text itself stays exactly as in the source.</li>
 * <li><b>No control characters.</b> C0 controls other than tab and line feed, DEL, C1 controls, unpaired
 * surrogates and the non-characters U+FFFE/U+FFFF are removed: XML 1.0 cannot carry most of them and Excel
 * reports a damaged file when it meets them. A carriage return is dropped (Excel breaks lines on line feed).</li>
 * <li><b>The cell limit.</b> A cell holds at most {@value #MAX_LENGTH} characters. Longer text is cut and ends
 * with a visible marker saying how many characters were left out, so nobody mistakes a cut quotation for the
 * whole one.</li>
 * </ul>
 *
 * @param value       the text to write
 * @param formulaLike whether a spreadsheet would read the text as a formula if it were typed in
 * @param truncated   whether text was cut to fit the cell limit
 */
public record CellText(String value, boolean formulaLike, boolean truncated) {

	/** Excel's limit on the characters (UTF-16 units) of one cell. */
	public static final int MAX_LENGTH = 32_767;

	/** Ends a cut text; {@code %,d} is replaced by the number of characters left out. */
	static final String TRUNCATION_MARKER = " [… truncated: %,d more characters]";

	private static final CellText EMPTY = new CellText("", false, false);

	/** @return {@code raw} made safe for a cell; null becomes the empty string */
	public static CellText of(String raw) {
		return of(raw, MAX_LENGTH);
	}

	/** Like {@link #of(String)} with a lower limit, e.g. for cells that a formula refers to. */
	public static CellText of(String raw, int maxLength) {
		if (raw == null || raw.isEmpty()) {
			return EMPTY;
		}
		String clean = removeControlCharacters(raw);
		boolean truncated = false;
		if (clean.length() > maxLength) {
			clean = truncate(clean, maxLength);
			truncated = true;
		}
		return new CellText(clean, isFormulaLike(clean), truncated);
	}

	/** @return true if a spreadsheet would treat typed-in {@code text} as a formula (see the class comment) */
	public static boolean isFormulaLike(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '=' || c == '+' || c == '-' || c == '@') {
				return true;
			}
			if (c != '\t' && c != '\r' && c != '\n' && c != ' ') {
				return false;
			}
		}
		return false;
	}

	/** @return {@code text} without the characters a cell must not hold (see the class comment) */
	public static String removeControlCharacters(String text) {
		StringBuilder out = null;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			int keep = keptLength(text, i);
			if (keep == 0) {
				if (out == null) {
					out = new StringBuilder(length).append(text, 0, i);
				}
				continue;
			}
			if (out != null) {
				out.append(text, i, i + keep);
			}
			i += keep - 1;
		}
		return out == null ? text : out.toString();
	}

	/** @return how many chars at {@code i} to keep: 0 (drop one char), 1, or 2 for a valid surrogate pair */
	private static int keptLength(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
		}
		if (Character.isLowSurrogate(c)) {
			return 0;
		}
		if (c == '\t' || c == '\n') {
			return 1;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
			return 0;
		}
		return 1;
	}

	private static String truncate(String text, int maxLength) {
		int omitted = text.length() - maxLength;
		String marker;
		int keep;
		// The marker's length depends on how much is cut, which depends on the marker's length: two rounds settle it.
		do {
			marker = String.format(Locale.ROOT, TRUNCATION_MARKER, omitted);
			keep = maxLength - marker.length();
			if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
				keep--;
			}
			int newOmitted = text.length() - keep;
			if (newOmitted == omitted) {
				break;
			}
			omitted = newOmitted;
		} while (true);
		return text.substring(0, Math.max(keep, 0)) + marker;
	}
}
