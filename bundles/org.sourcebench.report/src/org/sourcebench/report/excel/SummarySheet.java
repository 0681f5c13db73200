package org.sourcebench.report.excel;

import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sourcebench.model.Actor;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.QuadClass;
import org.sourcebench.report.ReportMessages;
import org.sourcebench.report.excel.safety.CellText;

/**
 * The Summary sheet: dossier name, export date, counts, sources by reliability, relationships by QuadClass
 * (with a bar chart, see {@link QuadClassChart}) and the most connected actors. A small sheet written with
 * plain XSSF before streaming starts, because charts cannot be added to a streamed sheet.
 */
final class SummarySheet {

	private final XSSFSheet sheet;
	private final ReportStyles styles;
	private int rowIndex;

	private SummarySheet(XSSFSheet sheet, ReportStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	static void write(XSSFSheet sheet, ReportStyles styles, Dossier dossier, DossierStatistics statistics, Instant exportTime,
			int topActors) {
		new SummarySheet(sheet, styles).write(dossier, statistics, exportTime, topActors);
	}

	private void write(Dossier dossier, DossierStatistics statistics, Instant exportTime, int topActors) {
		Cell title = sheet.createRow(rowIndex++).createCell(0);
		title.setCellValue(ReportMessages.text("summary.title"));
		title.setCellStyle(styles.title);
		rowIndex++;
		pair("summary.dossier", dossier.getName());
		if (dossier.getDescription() != null && !dossier.getDescription().isBlank()) {
			pair("summary.description", dossier.getDescription());
		}
		Row exported = labelRow("summary.exported");
		exported.createCell(1).setCellValue(exportTime.atOffset(ZoneOffset.UTC).toLocalDateTime());
		exported.getCell(1).setCellStyle(styles.dateTime);
		rowIndex++;

		heading("summary.counts", "summary.count");
		count("sheet.sources", dossier.getSources().size());
		count("sheet.actors", dossier.getActors().size());
		count("sheet.locations", dossier.getLocations().size());
		count("sheet.claims", dossier.getClaims().size());
		count("sheet.relationships", dossier.getRelationships().size());
		rowIndex++;

		heading("summary.byReliability", "summary.count");
		for (AdmiraltyReliability reliability : AdmiraltyReliability.VALUES) {
			countRow(RatingCells.text(reliability), statistics.sourcesByReliability.get(reliability));
		}
		rowIndex++;

		heading("summary.byQuadClass", "summary.count");
		int firstQuadRow = rowIndex;
		for (QuadClass quadClass : QuadClass.VALUES) {
			countRow(ReportMessages.text("quadClass." + quadClass.getName()), statistics.relationshipsByQuadClass.get(quadClass));
		}
		int lastQuadRow = rowIndex - 1;
		if (statistics.relationshipsWithUnknownCode > 0) {
			countRow(ReportMessages.text("quadClass.unknown"), statistics.relationshipsWithUnknownCode);
		}
		int chartRow = firstQuadRow - 1;
		rowIndex++;

		heading("summary.mostConnected", "column.degree");
		for (Actor actor : statistics.mostConnected(dossier, topActors)) {
			countRow(actor.getCanonicalName(), statistics.degree(actor));
		}
		rowIndex++;
		Cell note = sheet.createRow(rowIndex++).createCell(0);
		note.setCellValue(ReportMessages.text("summary.note"));

		sheet.setColumnWidth(0, 34 * 256);
		sheet.setColumnWidth(1, 18 * 256);
		QuadClassChart.draw(sheet, chartRow, firstQuadRow, lastQuadRow);
		// Printed, the summary is one landscape page: the tables and the chart beside them are not split.
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 1);
	}

	private void pair(String labelKey, String value) {
		Row row = labelRow(labelKey);
		CellText safe = CellText.of(value);
		Cell cell = row.createCell(1);
		cell.setCellValue(safe.value());
		cell.setCellStyle(styles.textStyle(ColumnKind.TEXT, safe.formulaLike()));
	}

	private Row labelRow(String labelKey) {
		Row row = sheet.createRow(rowIndex++);
		Cell label = row.createCell(0);
		label.setCellValue(ReportMessages.text(labelKey));
		label.setCellStyle(styles.label);
		return row;
	}

	private void heading(String key, String countKey) {
		Row row = sheet.createRow(rowIndex++);
		for (int c = 0; c < 2; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(ReportMessages.text(c == 0 ? key : countKey));
			cell.setCellStyle(styles.header);
		}
	}

	private void count(String labelKey, int count) {
		countRow(ReportMessages.text(labelKey), count);
	}

	private void countRow(String label, int count) {
		Row row = sheet.createRow(rowIndex++);
		CellText safe = CellText.of(label);
		Cell name = row.createCell(0);
		name.setCellValue(safe.value());
		name.setCellStyle(styles.textStyle(ColumnKind.TEXT, safe.formulaLike()));
		Cell value = row.createCell(1);
		value.setCellValue(count);
		value.setCellStyle(styles.integer);
	}
}
