package org.sourcebench.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.sourcebench.model.Actor;
import org.sourcebench.report.ReportMessages;
import org.sourcebench.report.excel.safety.CellText;

/**
 * The actor × actor matrix: row actor → column actor, the number of (not rejected) relationships, empty for
 * none, shaded white to red by a colour scale. Only the most connected actors, up to
 * {@link ExcelReportOptions#matrixActorLimit()}, so it stays within Excel's columns and readable.
 */
final class MatrixSheet {

	private static final int NAME_WIDTH_CAP = 40;

	/** Longest rotated header shown in full; longer names are cut by the row height. */
	private static final int HEADER_CHARS_CAP = 45;

	/** Width of an average character of the default 11-point font standing upright, in points. */
	private static final float POINTS_PER_CHAR = 6.5f;

	private MatrixSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		Sheet sheet = context.newSheet("sheet.matrix");
		List<Actor> actors = context.statistics.mostConnected(context.dossier, context.options.matrixActorLimit());
		Row header = sheet.createRow(0);
		Cell corner = header.createCell(0);
		corner.setCellValue(ReportMessages.text("matrix.corner"));
		corner.setCellStyle(context.styles.header);
		int nameWidth = corner.getStringCellValue().length();
		int longestHeader = 0;
		for (int c = 0; c < actors.size(); c++) {
			Cell cell = header.createCell(c + 1);
			cell.setCellValue(name(actors.get(c)));
			cell.setCellStyle(context.styles.matrixHeader);
			sheet.setColumnWidth(c + 1, 5 * 256);
			longestHeader = Math.max(longestHeader, Math.min(HEADER_CHARS_CAP, cell.getStringCellValue().length()));
		}
		// The names stand upright (rotated 90 degrees): the header row must be as tall as the longest one.
		header.setHeightInPoints(Math.min(409f, 12f + longestHeader * POINTS_PER_CHAR));
		for (int r = 0; r < actors.size(); r++) {
			Actor from = actors.get(r);
			Row row = sheet.createRow(r + 1);
			Cell name = row.createCell(0);
			name.setCellValue(name(from));
			name.setCellStyle(context.styles.label);
			nameWidth = Math.max(nameWidth, name.getStringCellValue().length());
			for (int c = 0; c < actors.size(); c++) {
				int count = context.statistics.relationships(from, actors.get(c));
				if (count > 0) {
					Cell cell = row.createCell(c + 1);
					cell.setCellValue(count);
					cell.setCellStyle(context.styles.integer);
				}
			}
			context.progress.row();
		}
		sheet.setColumnWidth(0, (Math.min(nameWidth, NAME_WIDTH_CAP) + 2) * 256);
		sheet.createFreezePane(1, 1);
		sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 0));
		if (!actors.isEmpty()) {
			shade(sheet, actors.size());
		}
		int connected = context.statistics.connectedActors();
		if (connected > actors.size()) {
			Cell note = sheet.createRow(actors.size() + 2).createCell(0);
			note.setCellValue(ReportMessages.format("matrix.limited", actors.size(), connected));
		}
	}

	private static String name(Actor actor) {
		String name = actor.getCanonicalName() == null || actor.getCanonicalName().isBlank() ? actor.getId() : actor.getCanonicalName();
		// a header cell is no place for a wall of text
		return CellText.of(name, 255).value();
	}

	private static Color color(Sheet sheet, String argb) {
		ExtendedColor color = sheet.getWorkbook().getCreationHelper().createExtendedColor();
		color.setARGBHex(argb);
		return color;
	}

	private static void shade(Sheet sheet, int size) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
		ColorScaleFormatting scale = rule.getColorScaleFormatting();
		scale.getThresholds()[0].setRangeType(RangeType.MIN);
		scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
		scale.getThresholds()[1].setValue(50d);
		scale.getThresholds()[2].setRangeType(RangeType.MAX);
		scale.setColors(new Color[] { color(sheet, "FFFFFFFF"), color(sheet, "FFFFC7A8"), color(sheet, "FFE0452F") });
		formatting.addConditionalFormatting(new CellRangeAddress[] { new CellRangeAddress(1, size, 1, size) }, rule);
	}
}
