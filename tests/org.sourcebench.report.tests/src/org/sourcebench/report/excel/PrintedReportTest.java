package org.sourcebench.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.report.ReportFixtures;
import org.sourcebench.report.ReportProgress;

/** The report printed: landscape, one page wide, header repeated, wrapped text in rows tall enough, upright matrix names. */
class PrintedReportTest {

	@TempDir
	Path dir;

	private XSSFWorkbook write(Dossier dossier) throws Exception {
		Path file = dir.resolve("report.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(dossier, file, ReportProgress.NONE);
		return new XSSFWorkbook(Files.newInputStream(file));
	}

	@Test
	void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowOnEveryPage() throws Exception {
		try (XSSFWorkbook workbook = write(new ReportFixtures().dossier)) {
			int visible = 0;
			for (Sheet sheet : workbook) {
				if (workbook.isSheetHidden(workbook.getSheetIndex(sheet)) || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) {
					continue; // the validation lists
				}
				visible++;
				PrintSetup print = sheet.getPrintSetup();
				assertTrue(print.getLandscape(), sheet.getSheetName() + " landscape");
				assertTrue(sheet.getFitToPage(), sheet.getSheetName() + " fit to page");
				assertEquals(1, print.getFitWidth(), sheet.getSheetName() + " one page wide");
				if (sheet.getSheetName().equals("Summary")) {
					assertEquals(1, print.getFitHeight(), "the summary is one page");
				} else {
					assertEquals(0, print.getFitHeight(), sheet.getSheetName() + " as many pages tall as needed");
					CellRangeAddress repeated = sheet.getRepeatingRows();
					assertNotNull(repeated, sheet.getSheetName() + " repeats its header");
					assertEquals(0, repeated.getFirstRow());
					assertEquals(0, repeated.getLastRow());
				}
			}
			assertEquals(7, visible, "summary, five tables, matrix");
		}
	}

	@Test
	void wrappedTextGetsTheRowHeightItsLinesNeed() throws Exception {
		ReportFixtures fixtures = new ReportFixtures();
		try (XSSFWorkbook workbook = write(fixtures.dossier)) {
			Sheet claims = workbook.getSheet("Claims");
			Row longRow = null;
			for (Row row : claims) {
				Cell claim = row.getCell(ClaimsSheet.CLAIM);
				if (row.getRowNum() > 0 && claim != null) {
					assertTrue(claim.getCellStyle().getWrapText(), "claim text wraps");
					if (claim.getStringCellValue().startsWith(ReportFixtures.LONG_CLAIM_PREFIX)) {
						longRow = row;
					}
				}
			}
			assertNotNull(longRow);
			assertEquals(409f, longRow.getHeightInPoints(), 0.1f, "a very long claim gets the highest row there is");

			Sheet relationships = workbook.getSheet("Relationships");
			Row attack = relationships.getRow(2);
			String evidence = attack.getCell(RelationshipsSheet.EVIDENCE).getStringCellValue();
			assertEquals(3, evidence.split("\n", -1).length);
			assertTrue(attack.getHeightInPoints() >= 3 * SheetTable.LINE_POINTS, "three lines of evidence: " + attack.getHeightInPoints());
			assertTrue(relationships.getRow(1).getCell(RelationshipsSheet.FROM).getCellStyle().getWrapText(), "short text wraps too");
			Row header = relationships.getRow(0);
			assertTrue(header.getCell(RelationshipsSheet.CORROBORATION).getCellStyle().getWrapText());
			assertTrue(header.getHeightInPoints() >= 2 * SheetTable.LINE_POINTS, "\"Corroborating sources\" over a number column wraps");
			assertTrue(claims.getRow(1).getCell(ClaimsSheet.SOURCE).getCellStyle().getWrapText(), "links to sources wrap, not spill");
		}
	}

	@Test
	void matrixNamesStandUprightInAHeaderRowTallEnoughForThem() throws Exception {
		ReportFixtures fixtures = new ReportFixtures();
		try (XSSFWorkbook workbook = write(fixtures.dossier)) {
			Row header = workbook.getSheet("Actor matrix").getRow(0);
			int longest = 0;
			for (int c = 1; c < header.getLastCellNum(); c++) {
				assertEquals(90, header.getCell(c).getCellStyle().getRotation());
				longest = Math.max(longest, header.getCell(c).getStringCellValue().length());
			}
			assertTrue(longest > 10);
			assertTrue(header.getHeightInPoints() >= longest * 6f, "height " + header.getHeightInPoints() + " for " + longest + " chars");
		}
	}

	@Test
	void eventLabelsReadAsTheWorkbenchShowsThem() throws Exception {
		Dossier dossier = Dossiers.newDossier("Talks");
		Actor russia = Dossiers.newActor("Russia", ActorKind.STATE);
		Actor syria = Dossiers.newActor("Syria", ActorKind.STATE);
		dossier.getActors().add(russia);
		dossier.getActors().add(syria);
		dossier.getRelationships().add(Dossiers.newRelationship(russia, syria, "04"));
		try (XSSFWorkbook workbook = write(dossier)) {
			assertEquals("Consult", workbook.getSheet("Relationships").getRow(1).getCell(RelationshipsSheet.EVENT).getStringCellValue());
		}
	}

	@Test
	void lineEstimateBreaksAtSpacesAndKeepsParagraphs() {
		assertEquals(1, SheetTable.lines("short text", 40));
		assertEquals(3, SheetTable.lines("aaaa bbbb cccc", 6));
		assertEquals(3, SheetTable.lines("one\n\nthree", 40));
		assertEquals(4, SheetTable.lines("x".repeat(100), 31));
	}
}
