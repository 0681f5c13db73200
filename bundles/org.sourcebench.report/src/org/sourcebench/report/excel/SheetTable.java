package org.sourcebench.report.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.sourcebench.report.excel.safety.CellText;
import org.sourcebench.report.excel.safety.SafeLinks;

/**
 * Writes one table (a header row, then one row per object) into a sheet, streaming: rows are written in
 * order and never revisited. Tracks the widest content of each column as it goes, because SXSSF cannot
 * autosize columns cheaply once rows are flushed; {@link #finish()} then sets fitted, capped widths, hides
 * id columns, freezes the header and adds the autofilter.
 */
final class SheetTable {

	/** Height of one line of the default 11-point font, in points. */
	static final float LINE_POINTS = 15f;

	/** Excel's highest row. */
	private static final float MAX_ROW_POINTS = 409f;

	/** Longest text considered when fitting a column: beyond it the column is at its cap anyway. */
	private static final int MEASURE_LIMIT = 200;

	private final Sheet sheet;
	private final ReportStyles styles;
	private final List<Column> columns;
	private final int[] widths;
	private Row row;
	private int rowIndex;

	SheetTable(Sheet sheet, ReportStyles styles, List<Column> columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = List.copyOf(columns);
		this.widths = new int[columns.size()];
		Row header = sheet.createRow(0);
		int headerLines = 1;
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header);
			// room for the autofilter's drop-down button
			widths[i] = columns.get(i).header().length() + 3;
			// a header wider than its column's cap ("Corroborating sources" over numbers) wraps
			headerLines = Math.max(headerLines, lines(columns.get(i).header(), columns.get(i).kind().maxWidth - 3));
		}
		if (headerLines > 1) {
			header.setHeightInPoints(headerLines * LINE_POINTS);
		}
	}

	/** Starts the next row; @return its 0-based index */
	int nextRow() {
		row = sheet.createRow(++rowIndex);
		return rowIndex;
	}

	/** @return the 0-based index of the last row written (0 if only the header) */
	int lastRow() {
		return rowIndex;
	}

	Sheet sheet() {
		return sheet;
	}

	/** Writes untrusted text, made safe by {@link CellText}; null leaves the cell empty. */
	void text(int column, String raw) {
		if (raw == null || raw.isEmpty()) {
			return;
		}
		CellText safe = CellText.of(raw);
		Cell cell = row.createCell(column);
		cell.setCellValue(safe.value());
		cell.setCellStyle(styles.textStyle(columns.get(column).kind(), safe.formulaLike()));
		measure(column, safe.value());
		fitHeight(lines(safe.value(), columns.get(column).kind().maxWidth));
	}

	/**
	 * Makes the current row tall enough for {@code lines} lines. SXSSF streams rows, and neither Excel nor
	 * LibreOffice grows a row for wrapped text written this way, so the height is set here, from the text.
	 */
	private void fitHeight(int lines) {
		float points = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
		if (lines > 1 && points > row.getHeightInPoints()) {
			row.setHeightInPoints(points);
		}
	}

	/**
	 * @return how many lines {@code value} takes wrapped in a column of {@code width} characters. A text longer
	 *         than the cap makes the column exactly that wide; shorter ones fit on one line. Widths count the
	 *         digit "0", wider than most letters, so the estimate errs towards a little extra room.
	 */
	static int lines(String value, int width) {
		int lines = 0;
		int usable = Math.max(1, width - 1);
		for (String paragraph : value.split("\n", -1)) {
			lines += Math.max(1, wrappedLines(paragraph, usable));
		}
		return lines;
	}

	/** @return lines of {@code paragraph} broken at spaces, as a spreadsheet wraps it, in {@code width} characters */
	private static int wrappedLines(String paragraph, int width) {
		int lines = 1;
		int used = 0;
		for (String word : paragraph.split(" ")) {
			int length = word.length();
			if (used > 0 && used + 1 + length > width) {
				lines++;
				used = 0;
			}
			used += (used > 0 ? 1 : 0) + length;
			while (used > width) {
				lines++;
				used -= width;
			}
		}
		return lines;
	}

	/** Writes a number; null leaves the cell empty. */
	void number(int column, Number value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(columns.get(column).kind() == ColumnKind.INTEGER ? styles.integer : styles.decimal);
		measure(column, value.toString());
	}

	/** Writes a real Excel date; null leaves the cell empty. */
	void date(int column, LocalDate value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(styles.date);
		}
	}

	/** Writes a real Excel date-time; null leaves the cell empty. */
	void dateTime(int column, LocalDateTime value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(styles.dateTime);
		}
	}

	/** Writes a URL, clickable if {@link SafeLinks} allows it, else as plain text. */
	void url(int column, String url) {
		String target = SafeLinks.linkTarget(url);
		if (target == null) {
			text(column, url);
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(target);
		Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
		link.setAddress(target);
		cell.setHyperlink(link);
		cell.setCellStyle(styles.link);
		measure(column, target);
		fitHeight(lines(target, columns.get(column).kind().maxWidth));
	}

	/**
	 * Writes a link to a cell of another sheet that also shows that cell's text. It is a {@code HYPERLINK}
	 * formula rather than a hyperlink object: SXSSF keeps every hyperlink object in memory until the end, and
	 * a claim sheet may have 100,000 of them. The formula holds no untrusted text (only the target cell's
	 * address); {@code display} is its cached result.
	 */
	void internalLink(int column, String targetSheet, int targetRow, int targetColumn, String display) {
		String address = "'" + targetSheet.replace("'", "''") + "'!" + new CellReference(targetRow, targetColumn).formatAsString(false);
		Cell cell = row.createCell(column);
		cell.setCellFormula("HYPERLINK(\"#" + address.replace("\"", "\"\"") + "\"," + address + ")");
		CellText safe = CellText.of(display);
		cell.setCellValue(safe.value());
		cell.setCellStyle(styles.link);
		measure(column, safe.value());
		fitHeight(lines(safe.value(), columns.get(column).kind().maxWidth));
	}

	/** Sets fitted widths, hides hidden columns, freezes the header row and adds the autofilter. */
	void finish() {
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			int chars = Math.min(widths[i], column.kind().maxWidth);
			if (column.kind() == ColumnKind.DATE || column.kind() == ColumnKind.DATE_TIME) {
				chars = Math.max(chars, column.kind().maxWidth);
			}
			sheet.setColumnWidth(i, (chars + 1) * 256);
			sheet.setColumnHidden(i, column.hidden());
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, columns.size() - 1));
	}

	/** @return the style used for headers (for sheets that add cells of their own) */
	CellStyle headerStyle() {
		return styles.header;
	}

	private void measure(int column, String value) {
		if (widths[column] >= columns.get(column).kind().maxWidth) {
			return;
		}
		int longestLine = 0;
		int lineStart = 0;
		int end = Math.min(value.length(), MEASURE_LIMIT);
		for (int i = 0; i <= end; i++) {
			if (i == end || value.charAt(i) == '\n') {
				longestLine = Math.max(longestLine, i - lineStart);
				lineStart = i + 1;
			}
		}
		widths[column] = Math.max(widths[column], longestLine + 1);
	}
}
