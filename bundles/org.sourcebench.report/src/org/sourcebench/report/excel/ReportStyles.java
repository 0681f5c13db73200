package org.sourcebench.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a report, made once per workbook: a workbook has a limited style table, so cells share
 * these instances rather than getting styles of their own.
 */
final class ReportStyles {

	final CellStyle header;
	final CellStyle title;
	final CellStyle label;
	final CellStyle text;
	final CellStyle textQuoted;
	final CellStyle wrapped;
	final CellStyle wrappedQuoted;
	final CellStyle integer;
	final CellStyle decimal;
	final CellStyle date;
	final CellStyle dateTime;
	final CellStyle link;
	final CellStyle matrixHeader;

	ReportStyles(Workbook workbook) {
		short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
		short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");

		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setWrapText(true);

		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		title = workbook.createCellStyle();
		title.setFont(big);

		label = workbook.createCellStyle();
		label.setFont(bold);

		// Every text column wraps within its capped width (rows get the height their lines need, see
		// SheetTable), so no text runs into the next column or is cut off, on screen or on paper.
		text = top(workbook);
		text.setWrapText(true);
		textQuoted = top(workbook);
		textQuoted.setWrapText(true);
		textQuoted.setQuotePrefixed(true);
		wrapped = top(workbook);
		wrapped.setWrapText(true);
		wrappedQuoted = top(workbook);
		wrappedQuoted.setWrapText(true);
		wrappedQuoted.setQuotePrefixed(true);

		integer = top(workbook);
		integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
		decimal = top(workbook);
		decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0####"));
		date = top(workbook);
		date.setDataFormat(dateFormat);
		dateTime = top(workbook);
		dateTime.setDataFormat(dateTimeFormat);

		Font blueUnderlined = workbook.createFont();
		blueUnderlined.setUnderline(Font.U_SINGLE);
		blueUnderlined.setColor(IndexedColors.BLUE.getIndex());
		link = top(workbook);
		link.setFont(blueUnderlined);
		link.setWrapText(true);

		matrixHeader = workbook.createCellStyle();
		matrixHeader.cloneStyleFrom(header);
		matrixHeader.setRotation((short) 90);
		matrixHeader.setAlignment(HorizontalAlignment.CENTER);
		matrixHeader.setVerticalAlignment(VerticalAlignment.BOTTOM);
	}

	/** @return the style for text in a column of {@code kind}, quote-prefixed if the text looks like a formula */
	CellStyle textStyle(ColumnKind kind, boolean formulaLike) {
		if (kind == ColumnKind.LONG_TEXT) {
			return formulaLike ? wrappedQuoted : wrapped;
		}
		return formulaLike ? textQuoted : text;
	}

	private static CellStyle top(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}
}
