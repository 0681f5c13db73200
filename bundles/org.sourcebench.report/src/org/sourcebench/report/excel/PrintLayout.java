package org.sourcebench.report.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How report sheets print, for analysts who read on paper: landscape A4, scaled to one page wide (as many pages
 * tall as needed), the header row repeated on every page, narrow margins, and the sheet name and page number in
 * the footer.
 */
final class PrintLayout {

	private PrintLayout() {
	}

	/** Sets up {@code sheet} for printing; {@code headerRows} rows at the top are repeated on every page (0 for none). */
	static void apply(Sheet sheet, int headerRows) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		if (headerRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
		}
		sheet.getFooter().setLeft("&A");
		sheet.getFooter().setRight("&P / &N");
	}
}
