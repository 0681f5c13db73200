package org.sourcebench.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.report.ReportFixtures;
import org.sourcebench.report.ReportProgress;

/** The Relationships sheet counts independent sources: a reprint of a source already counted adds nothing. */
class CorroborationColumnTest {

	@TempDir
	Path dir;

	@Test
	void aReprintDoesNotRaiseTheCorroborationInExcel() throws Exception {
		ReportFixtures fixtures = new ReportFixtures();
		Source original = fixtures.attack.getEvidence().get(0).getSource();
		Source reprint = Dossiers.newSource(original.getBody());
		reprint.setNotes("Reprint of source " + original.getId());
		fixtures.dossier.getSources().add(reprint);
		fixtures.attack.getEvidence().add(Dossiers.newSpan(reprint, 0, 5));
		assertEquals(3, fixtures.attack.corroboration(), "three distinct sources, one a reprint");

		Path file = dir.resolve("report.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, file, ReportProgress.NONE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			XSSFSheet sheet = workbook.getSheet("Relationships");
			assertEquals(2, (int) sheet.getRow(rowOf(sheet, fixtures.attack)).getCell(RelationshipsSheet.CORROBORATION).getNumericCellValue());
			assertEquals(1, (int) sheet.getRow(rowOf(sheet, fixtures.visit)).getCell(RelationshipsSheet.CORROBORATION).getNumericCellValue());
		}
	}

	private static int rowOf(XSSFSheet sheet, Relationship relationship) {
		for (int row = 1; row <= sheet.getLastRowNum(); row++) {
			if (relationship.getId().equals(sheet.getRow(row).getCell(RelationshipsSheet.ID).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + relationship.getId());
	}
}
