package org.sourcebench.report.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.edit.DossierEditingDomains;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.ReportFixtures;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.ExcelReportWriter;
import org.sourcebench.report.roundtrip.ImportIssue.Kind;

/** Exports the fixture dossier, edits the workbook as an analyst would (with POI), and reads the ratings back. */
class ExcelRatingsReaderTest {

	// column positions as exported (the reader itself finds them by header)
	private static final int SOURCE_RELIABILITY = 5;
	private static final int CLAIM_CREDIBILITY = 5;
	private static final int RELATIONSHIP_STATUS = 10;

	@TempDir
	Path dir;

	private ReportFixtures fixtures;
	private AdapterFactoryEditingDomain domain;
	private Path file;

	@BeforeEach
	void export() throws Exception {
		fixtures = new ReportFixtures();
		domain = DossierEditingDomains.createFor(fixtures.dossier);
		file = dir.resolve("report.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, file, ReportProgress.NONE);
	}

	private void edit(Consumer<XSSFWorkbook> change) throws IOException {
		XSSFWorkbook workbook;
		try (var in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		change.accept(workbook);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

	private static void set(XSSFWorkbook workbook, String sheet, int row, int column, String value) {
		put(workbook.getSheet(sheet).getRow(row), column, value);
	}

	/**
	 * Types {@code value} into a cell as Excel saves it: a new shared string. (Setting the value of an existing
	 * cell with POI would leave the report's inline string in place, and every reader would still see that.)
	 */
	private static void put(Row row, int column, String value) {
		if (row.getCell(column) != null) {
			row.removeCell(row.getCell(column));
		}
		row.createCell(column).setCellValue(value);
	}

	private RatingsImport read() throws ReportException {
		return new ExcelRatingsReader().read(file, fixtures.dossier, domain);
	}

	@Test
	void anUneditedWorkbookChangesNothing() throws Exception {
		RatingsImport result = read();
		assertFalse(result.hasChanges());
		assertEquals(List.of(), result.issues());
	}

	@Test
	void editedRatingsAndStatusesComeBackAsOneUndoableCommand() throws Exception {
		edit(workbook -> {
			set(workbook, "Sources", 2, SOURCE_RELIABILITY, "C - Fairly reliable");
			set(workbook, "Claims", 1, CLAIM_CREDIBILITY, "2");
			set(workbook, "Relationships", 1, RELATIONSHIP_STATUS, "Rejected");
			set(workbook, "Relationships", 2, RELATIONSHIP_STATUS, "Confirmed");
		});

		RatingsImport result = read();

		assertEquals(List.of(), result.issues());
		assertEquals(3, result.changeCount(), "the unchanged 'Confirmed' is no change");
		assertEquals(AdmiraltyReliability.E, fixtures.blog.getReliability(), "reading changes nothing");
		CommandStack stack = domain.getCommandStack();
		stack.execute(result.command());
		assertEquals(AdmiraltyReliability.C, fixtures.blog.getReliability());
		assertEquals(ClaimCredibility.PROBABLY_TRUE, fixtures.denial.getCredibility());
		assertEquals(RelationshipStatus.REJECTED, fixtures.visit.getStatus());
		assertEquals("Import Ratings from Excel", stack.getUndoCommand().getLabel());

		stack.undo();
		assertEquals(AdmiraltyReliability.E, fixtures.blog.getReliability());
		assertEquals(ClaimCredibility.DOUBTFUL, fixtures.denial.getCredibility());
		assertEquals(RelationshipStatus.EXTRACTED, fixtures.visit.getStatus());
		assertFalse(stack.canUndo(), "one step");
		stack.redo();
		assertEquals(AdmiraltyReliability.C, fixtures.blog.getReliability());
	}

	@Test
	void rowsSortedInExcelStillMatchByTheirHiddenIds() throws Exception {
		edit(workbook -> {
			Sheet sources = workbook.getSheet("Sources");
			// swap the two data rows' ids and values, as sorting by title would
			Row first = sources.getRow(1);
			Row second = sources.getRow(2);
			String firstId = first.getCell(0).getStringCellValue();
			put(first, 0, second.getCell(0).getStringCellValue());
			put(second, 0, firstId);
			put(first, 1, "E - Unreliable");
			put(second, 1, "B - Usually reliable");
			put(first, SOURCE_RELIABILITY, "D");
			put(second, SOURCE_RELIABILITY, "A");
		});

		RatingsImport result = read();
		domain.getCommandStack().execute(result.command());

		assertEquals(AdmiraltyReliability.D, fixtures.blog.getReliability());
		assertEquals(AdmiraltyReliability.A, fixtures.reuters.getReliability());
	}

	@Test
	void rowsNoLongerInTheDossierAreReported() throws Exception {
		String id = fixtures.injected.getId();
		edit(workbook -> set(workbook, "Claims", 2, CLAIM_CREDIBILITY, "1 - Confirmed by other sources"));
		fixtures.dossier.getClaims().remove(fixtures.injected);

		RatingsImport result = read();

		assertFalse(result.hasChanges());
		assertEquals(1, result.issues().size());
		ImportIssue issue = result.issues().get(0);
		assertEquals(Kind.NOT_IN_DOSSIER, issue.kind());
		assertEquals("Claims", issue.sheet());
		assertEquals(3, issue.row(), "as Excel numbers rows");
		assertEquals(id, issue.id());
		assertEquals("Claims row 3: \"" + id + "\" is no longer in the dossier", issue.message());
	}

	@Test
	void aValueChangedInBothPlacesIsAConflictAndSourcebenchKeepsItsValue() throws Exception {
		edit(workbook -> set(workbook, "Sources", 1, SOURCE_RELIABILITY, "A - Completely reliable"));
		fixtures.reuters.setReliability(AdmiraltyReliability.D);

		RatingsImport result = read();

		assertFalse(result.hasChanges());
		ImportIssue issue = result.issues().get(0);
		assertEquals(Kind.CONFLICT, issue.kind());
		assertEquals(2, issue.row());
		assertEquals("Sources row 2: changed in Sourcebench since the export (from B - Usually reliable to D - Not usually reliable) "
				+ "and in Excel to A - Completely reliable; left as D - Not usually reliable", issue.message());
	}

	@Test
	void aValueChangedOnlyInSourcebenchSinceTheExportIsKeptWithoutComplaint() throws Exception {
		edit(workbook -> set(workbook, "Claims", 2, CLAIM_CREDIBILITY, "3"));
		fixtures.denial.setCredibility(ClaimCredibility.CONFIRMED);
		fixtures.attack.setStatus(RelationshipStatus.REJECTED);

		RatingsImport result = read();

		assertEquals(List.of(), result.issues());
		assertEquals(1, result.changeCount(), "only the claim edited in Excel");
		domain.getCommandStack().execute(result.command());
		assertEquals(ClaimCredibility.POSSIBLY_TRUE, fixtures.injected.getCredibility());
		assertEquals(ClaimCredibility.CONFIRMED, fixtures.denial.getCredibility());
		assertEquals(RelationshipStatus.REJECTED, fixtures.attack.getStatus());
	}

	@Test
	void theSameChangeMadeInBothPlacesIsNoConflict() throws Exception {
		edit(workbook -> set(workbook, "Sources", 1, SOURCE_RELIABILITY, "D"));
		fixtures.reuters.setReliability(AdmiraltyReliability.D);

		RatingsImport result = read();

		assertFalse(result.hasChanges());
		assertEquals(List.of(), result.issues());
	}

	@Test
	void invalidValuesDuplicatesAndRowsWithoutIdAreReportedAndLeftOut() throws Exception {
		edit(workbook -> {
			set(workbook, "Sources", 1, SOURCE_RELIABILITY, "very good");
			Sheet relationships = workbook.getSheet("Relationships");
			Row copy = relationships.createRow(4);
			copy.createCell(0).setCellValue(fixtures.visit.getId());
			copy.createCell(RELATIONSHIP_STATUS).setCellValue("Confirmed");
			set(workbook, "Relationships", 1, RELATIONSHIP_STATUS, "Rejected");
			Row stray = relationships.createRow(5);
			stray.createCell(RELATIONSHIP_STATUS).setCellValue("Confirmed");
			set(workbook, "Claims", 3, CLAIM_CREDIBILITY, "1");
		});

		RatingsImport result = read();

		assertEquals(List.of(Kind.INVALID_VALUE, Kind.DUPLICATE, Kind.MISSING_ID), result.issues().stream().map(ImportIssue::kind).toList());
		assertEquals("Sources row 2: \"very good\" is not a valid reliability; left unchanged", result.issues().get(0).message());
		assertEquals("Relationships row 5: the same ID appears in row 2 with a different value; neither was applied",
				result.issues().get(1).message());
		assertEquals("Relationships row 6: no ID; the row cannot be matched", result.issues().get(2).message());
		assertEquals(1, result.changeCount(), "only the claim");
		domain.getCommandStack().execute(result.command());
		assertEquals(ClaimCredibility.CONFIRMED, fixtures.longClaim.getCredibility());
		assertEquals(RelationshipStatus.EXTRACTED, fixtures.visit.getStatus());
	}

	@Test
	void columnsAreFoundByTheirHeadersWhereverTheAnalystMovedThem() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook, "Sources", List.of("Reliability", "Title", "ID"), List.of("A", "x", fixtures.blog.getId()));
			sheet(workbook, "Claims", List.of("Credibility", "ID"), List.of("5", fixtures.denial.getId()));
			sheet(workbook, "Relationships", List.of("Status", "Note", "ID"), List.of("Confirmed", "", fixtures.visit.getId()));
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		RatingsImport result = read();

		assertEquals(List.of(), result.issues());
		domain.getCommandStack().execute(result.command());
		assertEquals(AdmiraltyReliability.A, fixtures.blog.getReliability());
		assertEquals(ClaimCredibility.IMPROBABLE, fixtures.denial.getCredibility());
		assertEquals(RelationshipStatus.CONFIRMED, fixtures.visit.getStatus());
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<String> headers, List<String> values) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		Row row = sheet.createRow(1);
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(headers.get(i));
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	@Test
	void aFileThatIsNoReportIsRefusedWithItsName() throws Exception {
		Path text = dir.resolve("notes.xlsx");
		Files.writeString(text, "not a workbook");
		ReportException notXlsx = assertThrows(ReportException.class, () -> new ExcelRatingsReader().read(text, fixtures.dossier, domain));
		assertTrue(notXlsx.getMessage().startsWith("Cannot read ratings from Excel report " + text + ": "), notXlsx.getMessage());

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Sources").createRow(0).createCell(0).setCellValue("ID");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		ReportException noColumn = assertThrows(ReportException.class, this::read);
		assertEquals("sheet \"Sources\" has no column \"Reliability\" in its first row", noColumn.getProblem());

		ReportException missing = assertThrows(ReportException.class,
				() -> new ExcelRatingsReader().read(dir.resolve("none.xlsx"), fixtures.dossier, domain));
		assertTrue(missing.getProblem().contains("no such file"), missing.getProblem());
	}

	@Test
	void cellsWithoutAReferenceAreReadInTheirOrder() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook, "Sources", List.of("Reliability", "Title", "ID"), List.of("A", "x", fixtures.blog.getId()));
			sheet(workbook, "Claims", List.of("Credibility", "ID"), List.of("5", fixtures.denial.getId()));
			sheet(workbook, "Relationships", List.of("Status", "Note", "ID"), List.of("Confirmed", "", fixtures.visit.getId()));
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// The "r" attribute of a cell is optional in SpreadsheetML; other tools leave it out.
		Path stripped = dir.resolve("stripped.xlsx");
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(stripped))) {
			for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					data = new String(data, java.nio.charset.StandardCharsets.UTF_8).replaceAll("(<c[^>]*?) r=\"[A-Z]+[0-9]+\"", "$1")
							.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(data);
			}
		}

		RatingsImport result = new ExcelRatingsReader().read(stripped, fixtures.dossier, domain);

		assertEquals(List.of(), result.issues());
		domain.getCommandStack().execute(result.command());
		assertEquals(AdmiraltyReliability.A, fixtures.blog.getReliability());
		assertEquals(RelationshipStatus.CONFIRMED, fixtures.visit.getStatus());
	}

	@Test
	void aSheetWithFarMoreRowsThanTheDossierIsRefusedWithoutReadingItAll() throws Exception {
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			Sheet sources = workbook.createSheet("Sources");
			Row header = sources.createRow(0);
			header.createCell(0).setCellValue("ID");
			header.createCell(1).setCellValue("Reliability");
			for (int i = 1; i <= ExcelRatingsReader.EXTRA_ROWS + 100; i++) {
				Row row = sources.createRow(i);
				row.createCell(0).setCellValue("id-" + i);
				row.createCell(1).setCellValue("A");
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		} // closing the workbook also deletes its temporary files

		ReportException tooMany = assertThrows(ReportException.class, this::read);

		assertTrue(tooMany.getProblem().contains("Sources") && tooMany.getProblem().contains("rows"), tooMany.getProblem());
	}
}
