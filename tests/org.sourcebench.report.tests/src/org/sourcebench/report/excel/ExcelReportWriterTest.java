package org.sourcebench.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.report.ReportCancelledException;
import org.sourcebench.report.ReportFixtures;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.safety.CellText;

/** Writes the fixture dossier to a real .xlsx file and reads every sheet back with POI. */
class ExcelReportWriterTest {

	@TempDir
	Path dir;

	private ReportFixtures fixtures;
	private Path file;

	@BeforeEach
	void export() throws Exception {
		fixtures = new ReportFixtures();
		file = dir.resolve("report.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, file, ReportProgress.NONE);
	}

	private XSSFWorkbook open() throws IOException {
		return new XSSFWorkbook(Files.newInputStream(file));
	}

	@Test
	void theWorkbookHasEverySheetInOrderAndHidesTheChoiceLists() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("Summary", "Sources", "Actors", "Locations", "Claims", "Relationships", "Actor matrix", "Lists"), names);
			assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("Lists")));
			assertEquals(0, workbook.getActiveSheetIndex());
			for (int i = 1; i <= 5; i++) {
				assertFalse(workbook.isSheetHidden(i), workbook.getSheetName(i));
			}
		}
	}

	@Test
	void theSummaryHasNameDateCountsRatingsQuadClassesTopActorsAndAChart() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet summary = workbook.getSheet("Summary");
			assertEquals("Syria border talks", valueRightOf(summary, "Dossier").getStringCellValue());
			Cell exported = valueRightOf(summary, "Exported (UTC)");
			assertTrue(DateUtil.isCellDateFormatted(exported), "a real Excel date");
			assertEquals(LocalDateTime.of(2026, 11, 28, 9, 30), exported.getLocalDateTimeCellValue());
			assertEquals(2, (int) valueRightOf(summary, "Sources").getNumericCellValue());
			assertEquals(3, (int) valueRightOf(summary, "Actors").getNumericCellValue());
			assertEquals(1, (int) valueRightOf(summary, "Locations").getNumericCellValue());
			assertEquals(3, (int) valueRightOf(summary, "Claims").getNumericCellValue());
			assertEquals(3, (int) valueRightOf(summary, "Relationships").getNumericCellValue());
			assertEquals(1, (int) valueRightOf(summary, "B - Usually reliable").getNumericCellValue());
			assertEquals(1, (int) valueRightOf(summary, "E - Unreliable").getNumericCellValue());
			assertEquals(0, (int) valueRightOf(summary, "A - Completely reliable").getNumericCellValue());
			// the rejected "criticize" (verbal conflict) is not counted
			assertEquals(1, (int) valueRightOf(summary, "Verbal cooperation").getNumericCellValue());
			assertEquals(1, (int) valueRightOf(summary, "Material conflict").getNumericCellValue());
			assertEquals(0, (int) valueRightOf(summary, "Verbal conflict").getNumericCellValue());
			// Syria takes part in both counted relationships
			Row topActor = rowBelow(summary, "Most connected actors");
			assertEquals("Syria", topActor.getCell(0).getStringCellValue());
			assertEquals(2, (int) topActor.getCell(1).getNumericCellValue());

			List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
			assertEquals(1, charts.size());
			XSSFChart chart = charts.get(0);
			assertEquals("Relationships by QuadClass", chart.getTitleText().getString());
			assertEquals(4, chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount());
			assertEquals(1.0, chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0));
			// LibreOffice draws no bars for a series without a fill of its own
			assertTrue(chart.getChartSeries().get(0).getSeries(0).getShapeProperties()
					.getFillProperties() instanceof org.apache.poi.xddf.usermodel.XDDFSolidFillProperties);
			assertTrue(summary.getFitToPage(), "the summary prints on one page");
		}
	}

	@Test
	void everyTableHasAStyledFrozenFilteredHeaderAndAHiddenIdColumn() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			for (String name : List.of("Sources", "Actors", "Locations", "Claims", "Relationships")) {
				XSSFSheet sheet = workbook.getSheet(name);
				Row header = sheet.getRow(0);
				assertEquals("ID", header.getCell(0).getStringCellValue(), name);
				for (Cell cell : header) {
					assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), name + " header bold");
					assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
				}
				PaneInformation pane = sheet.getPaneInformation();
				assertNotNull(pane, name + " frozen");
				assertTrue(pane.isFreezePane());
				assertEquals(1, pane.getHorizontalSplitPosition());
				assertEquals(0, pane.getVerticalSplitPosition());
				assertTrue(sheet.isColumnHidden(0), name + " id column hidden");
				assertFalse(sheet.isColumnHidden(2), name);
				int lastColumn = header.getLastCellNum() - 1;
				String ref = new CellRangeAddress(0, sheet.getLastRowNum(), 0, lastColumn).formatAsString();
				String xml = ReportFixtures.part(file, "xl/worksheets/sheet" + (workbook.getSheetIndex(name) + 1) + ".xml");
				assertTrue(xml.contains("<autoFilter ref=\"" + ref + "\""), name + " autofilter " + ref);
				for (int row = 1; row <= sheet.getLastRowNum(); row++) {
					String id = sheet.getRow(row).getCell(0).getStringCellValue();
					assertEquals(36, id.length(), "a UUID: " + id);
				}
			}
		}
	}

	@Test
	void theSourcesSheetHasRealDatesSafeLinksRatingsAndFittedWidths() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet sources = workbook.getSheet("Sources");
			assertEquals(List.of("ID", "Reliability at export", "Title", "Outlet", "Published (UTC)", "Reliability", "Claims", "URL", "Language"),
					texts(sources.getRow(0)));
			Row reuters = sources.getRow(1);
			assertEquals(fixtures.reuters.getId(), reuters.getCell(SourcesSheet.ID).getStringCellValue());
			assertEquals("Turkish minister visits Damascus", reuters.getCell(SourcesSheet.TITLE).getStringCellValue());
			assertEquals("Reuters", reuters.getCell(SourcesSheet.OUTLET).getStringCellValue());
			Cell published = reuters.getCell(SourcesSheet.PUBLISHED);
			assertEquals(CellType.NUMERIC, published.getCellType());
			assertTrue(DateUtil.isCellDateFormatted(published));
			assertEquals(LocalDateTime.of(2026, 11, 23, 11, 5), published.getLocalDateTimeCellValue(), "14:05+03:00 in UTC");
			assertEquals("B - Usually reliable", reuters.getCell(SourcesSheet.RELIABILITY).getStringCellValue());
			assertEquals("B - Usually reliable", reuters.getCell(SourcesSheet.RELIABILITY_AT_EXPORT).getStringCellValue());
			assertTrue(sources.isColumnHidden(SourcesSheet.RELIABILITY_AT_EXPORT));
			assertEquals(2, (int) reuters.getCell(SourcesSheet.CLAIMS).getNumericCellValue());
			Cell url = reuters.getCell(SourcesSheet.URL);
			assertEquals(HyperlinkType.URL, url.getHyperlink().getType());
			assertEquals(fixtures.reuters.getUrl(), url.getHyperlink().getAddress());

			Row blog = sources.getRow(2);
			Cell title = blog.getCell(SourcesSheet.TITLE);
			assertEquals("-- Anonymous blog post --", title.getStringCellValue(), "control character removed");
			assertEquals(CellType.STRING, title.getCellType());
			assertTrue(title.getCellStyle().getQuotePrefixed(), "formula-like text is quote-prefixed");
			assertTrue(title.getCellStyle().getWrapText(), "titles wrap");
			Cell unsafe = blog.getCell(SourcesSheet.URL);
			assertNull(unsafe.getHyperlink(), "a javascript: URL is not clickable");
			assertEquals("javascript:alert(1)", unsafe.getStringCellValue());
			assertNull(blog.getCell(SourcesSheet.PUBLISHED), "unknown date left empty");

			int outletWidth = sources.getColumnWidth(SourcesSheet.OUTLET);
			assertTrue(outletWidth >= "Telegram channel".length() * 256, "fits the longest outlet: " + outletWidth);
			assertTrue(outletWidth <= 40 * 256 + 512, "not wider than needed: " + outletWidth);
			assertTrue(sources.getColumnWidth(SourcesSheet.TITLE) <= 72 * 256, "long text is capped and wraps");
		}
	}

	@Test
	void ratingAndStatusColumnsOfferDropDownsFromTheHiddenListsSheet() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			assertDropDown(workbook, "Sources", SourcesSheet.RELIABILITY, 2, ValidationLists.RELIABILITY,
					List.of("A - Completely reliable", "B - Usually reliable", "C - Fairly reliable", "D - Not usually reliable",
							"E - Unreliable", "F - Reliability cannot be judged"));
			assertDropDown(workbook, "Claims", ClaimsSheet.CREDIBILITY, 3, ValidationLists.CREDIBILITY,
					List.of("1 - Confirmed by other sources", "2 - Probably true", "3 - Possibly true", "4 - Doubtful", "5 - Improbable",
							"6 - Truth cannot be judged"));
			assertDropDown(workbook, "Relationships", RelationshipsSheet.STATUS, 3, ValidationLists.STATUS,
					List.of("Extracted", "Confirmed", "Rejected"));
		}
		String sources = ReportFixtures.part(file, "xl/worksheets/sheet2.xml");
		assertTrue(sources.contains("<dataValidation type=\"list\""), "a list validation");
		// OOXML's inverted attribute: showDropDown="1" would hide the arrow
		assertFalse(sources.contains("showDropDown=\"1\"") || sources.contains("showDropDown=\"true\""), "the drop-down arrow shows");
	}

	private static void assertDropDown(XSSFWorkbook workbook, String sheetName, int column, int rows, String listName, List<String> choices) {
		XSSFSheet sheet = workbook.getSheet(sheetName);
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertEquals(1, validations.size(), sheetName);
		DataValidation validation = validations.get(0);
		assertEquals(listName, validation.getValidationConstraint().getFormula1());
		assertTrue(validation.getShowErrorBox());
		CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
		assertEquals(new CellRangeAddress(1, rows, column, column), range, sheetName);
		XSSFName name = workbook.getName(listName);
		assertNotNull(name, listName);
		org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(name.getRefersToFormula(),
				workbook.getSpreadsheetVersion());
		Sheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
		List<String> values = new ArrayList<>();
		for (org.apache.poi.ss.util.CellReference ref : area.getAllReferencedCells()) {
			values.add(lists.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
		}
		assertEquals(choices, values);
		for (int row = 1; row <= rows; row++) {
			assertTrue(choices.contains(sheet.getRow(row).getCell(column).getStringCellValue()), "each value is a choice");
		}
	}

	@Test
	void claimsLinkToTheirSourceRowAndUntrustedTextStaysText() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet claims = workbook.getSheet("Claims");
			assertEquals(List.of("ID", "Credibility at export", "Speaker", "Claim", "Direct or reported", "Credibility", "Source", "Evidence",
					"Date stated"), texts(claims.getRow(0)));
			Row denial = claims.getRow(1);
			assertEquals("Turkish foreign minister", denial.getCell(ClaimsSheet.SPEAKER).getStringCellValue());
			assertEquals("We did not fire a single shell", denial.getCell(ClaimsSheet.CLAIM).getStringCellValue());
			assertTrue(denial.getCell(ClaimsSheet.CLAIM).getCellStyle().getWrapText());
			assertEquals("Direct", denial.getCell(ClaimsSheet.QUOTE).getStringCellValue());
			assertEquals("4 - Doubtful", denial.getCell(ClaimsSheet.CREDIBILITY).getStringCellValue());
			assertEquals("\"We did not fire a single shell,\" he said.", denial.getCell(ClaimsSheet.EVIDENCE).getStringCellValue());
			Cell stated = denial.getCell(ClaimsSheet.DATE_STATED);
			assertTrue(DateUtil.isCellDateFormatted(stated));
			assertEquals(LocalDate.of(2026, 11, 23), stated.getLocalDateTimeCellValue().toLocalDate());

			XSSFCell link = (XSSFCell) denial.getCell(ClaimsSheet.SOURCE);
			assertEquals(CellType.FORMULA, link.getCellType());
			assertEquals("HYPERLINK(\"#'Sources'!C2\",'Sources'!C2)", link.getCellFormula(), "links to the Reuters row");
			assertEquals("Turkish minister visits Damascus", link.getStringCellValue(), "shows the source title");
			XSSFCell blogLink = (XSSFCell) claims.getRow(2).getCell(ClaimsSheet.SOURCE);
			assertEquals("HYPERLINK(\"#'Sources'!C3\",'Sources'!C3)", blogLink.getCellFormula());
			assertEquals("-- Anonymous blog post --", blogLink.getStringCellValue());
			assertEquals("Turkish minister visits Damascus",
					workbook.getCreationHelper().createFormulaEvaluator().evaluate(link).getStringValue(), "the formula finds the title");

			Row injected = claims.getRow(2);
			Cell text = injected.getCell(ClaimsSheet.CLAIM);
			assertEquals(CellType.STRING, text.getCellType(), "never a formula");
			assertEquals(ReportFixtures.INJECTION, text.getStringCellValue(), "the text itself is kept");
			assertTrue(text.getCellStyle().getQuotePrefixed());
			assertNull(injected.getCell(ClaimsSheet.SPEAKER));
			assertEquals("Reported", injected.getCell(ClaimsSheet.QUOTE).getStringCellValue());
			assertEquals("6 - Truth cannot be judged", injected.getCell(ClaimsSheet.CREDIBILITY).getStringCellValue());
			assertEquals("the shelling was staged.", injected.getCell(ClaimsSheet.EVIDENCE).getStringCellValue(), "BEL removed");

			String cut = claims.getRow(3).getCell(ClaimsSheet.CLAIM).getStringCellValue();
			assertEquals(CellText.MAX_LENGTH, cut.length());
			assertTrue(cut.startsWith(ReportFixtures.LONG_CLAIM_PREFIX + "xxx"));
			int omitted = fixtures.longClaim.getText().length() - cut.indexOf(" [… truncated");
			assertTrue(cut.endsWith(String.format(java.util.Locale.ROOT, " [… truncated: %,d more characters]", omitted)), cut.substring(cut.length() - 50));
		}
	}

	@Test
	void relationshipsShowCodesQuadClassesGoldsteinCorroborationAndStatus() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet relationships = workbook.getSheet("Relationships");
			Row visit = relationships.getRow(1);
			assertEquals("Turkish foreign minister", visit.getCell(RelationshipsSheet.FROM).getStringCellValue());
			assertEquals("042", visit.getCell(RelationshipsSheet.CAMEO).getStringCellValue(), "leading zero kept");
			assertEquals("Make a visit", visit.getCell(RelationshipsSheet.EVENT).getStringCellValue());
			assertEquals("Syria", visit.getCell(RelationshipsSheet.TO).getStringCellValue());
			assertEquals("Verbal cooperation", visit.getCell(RelationshipsSheet.QUAD_CLASS).getStringCellValue());
			assertEquals(1.9, visit.getCell(RelationshipsSheet.GOLDSTEIN).getNumericCellValue(), 1e-9);
			assertEquals(1, (int) visit.getCell(RelationshipsSheet.CORROBORATION).getNumericCellValue());
			assertEquals("Extracted", visit.getCell(RelationshipsSheet.STATUS).getStringCellValue());
			assertTrue(DateUtil.isCellDateFormatted(visit.getCell(RelationshipsSheet.DATE)));
			assertEquals(0.8, visit.getCell(RelationshipsSheet.CONFIDENCE).getNumericCellValue(), 1e-9);

			Row attack = relationships.getRow(2);
			assertEquals(-10.0, attack.getCell(RelationshipsSheet.GOLDSTEIN).getNumericCellValue(), 1e-9);
			assertEquals(2, (int) attack.getCell(RelationshipsSheet.CORROBORATION).getNumericCellValue(), "two sources");
			assertEquals("Syria accused Turkey of shelling near Aleppo.\n\nthe shelling was staged.",
					attack.getCell(RelationshipsSheet.EVIDENCE).getStringCellValue());
			assertEquals("Confirmed", attack.getCell(RelationshipsSheet.STATUS).getStringCellValue());
			assertEquals("Rejected", relationships.getRow(3).getCell(RelationshipsSheet.STATUS).getStringCellValue());
			assertNull(relationships.getRow(3).getCell(RelationshipsSheet.DATE));
		}
	}

	@Test
	void actorsLocationsAndTheMatrixCarryTheirFigures() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet actors = workbook.getSheet("Actors");
			assertEquals(List.of("ID", "Name", "Kind", "Country", "Mentions", "Sources", "Relationships", "Aliases", "External ID"),
					texts(actors.getRow(0)));
			Row turkey = actors.getRow(1);
			assertEquals("Turkey", turkey.getCell(1).getStringCellValue());
			assertEquals("State", turkey.getCell(2).getStringCellValue());
			assertEquals("TUR", turkey.getCell(3).getStringCellValue());
			assertEquals(2, (int) turkey.getCell(4).getNumericCellValue(), "mentions");
			assertEquals(2, (int) turkey.getCell(5).getNumericCellValue(), "sources");
			assertEquals(1, (int) turkey.getCell(6).getNumericCellValue(), "the rejected one is not counted");
			assertEquals("Türkiye", turkey.getCell(7).getStringCellValue());
			assertEquals("Person", actors.getRow(3).getCell(2).getStringCellValue());

			XSSFSheet locations = workbook.getSheet("Locations");
			Row aleppo = locations.getRow(1);
			assertEquals("Aleppo", aleppo.getCell(1).getStringCellValue());
			assertEquals("City", aleppo.getCell(2).getStringCellValue());
			assertEquals("SY", aleppo.getCell(3).getStringCellValue());
			assertEquals(36.20124, aleppo.getCell(4).getNumericCellValue(), 1e-9);
			assertEquals(37.16117, aleppo.getCell(5).getNumericCellValue(), 1e-9);
			assertEquals("170063", aleppo.getCell(6).getStringCellValue());
			assertEquals(1, (int) aleppo.getCell(7).getNumericCellValue());

			XSSFSheet matrix = workbook.getSheet("Actor matrix");
			List<String> header = texts(matrix.getRow(0));
			assertEquals("Syria", header.get(1), "most connected first");
			assertEquals(List.of("Syria", "Turkey", "Turkish foreign minister"), header.subList(1, 4).stream().sorted().toList());
			assertEquals(1, count(matrix, "Turkey", "Syria"));
			assertEquals(1, count(matrix, "Turkish foreign minister", "Syria"));
			assertEquals(0, count(matrix, "Syria", "Turkey"), "rejected");
			assertTrue(matrix.getPaneInformation().isFreezePane());
			assertEquals(1, matrix.getSheetConditionalFormatting().getNumConditionalFormattings(), "colour scale");
		}
	}

	@Test
	void aCancelledExportLeavesTheTargetAsItWas() throws IOException {
		Path target = dir.resolve("kept.xlsx");
		Files.writeString(target, "previous");
		ReportProgress cancelAtClaims = new ReportProgress() {
			@Override
			public void update(String task, long done, long total) {
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};

		assertThrows(ReportCancelledException.class,
				() -> new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, target, cancelAtClaims));

		assertEquals("previous", Files.readString(target));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void progressReachesTheTotalAfterNamingEverySheet() throws Exception {
		List<String> tasks = new ArrayList<>();
		long[] last = new long[2];
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, dir.resolve("p.xlsx"), (task, done, total) -> {
			if (tasks.isEmpty() || !tasks.get(tasks.size() - 1).equals(task)) {
				tasks.add(task);
			}
			last[0] = done;
			last[1] = total;
		});
		assertEquals(List.of("Sources", "Actors", "Locations", "Claims", "Relationships", "Actor matrix"), tasks);
		assertEquals(2 + 3 + 1 + 3 + 3 + 3, last[1]);
		assertEquals(last[1], last[0]);
	}

	@Test
	void anEmptyDossierStillMakesAValidWorkbook() throws Exception {
		Path empty = dir.resolve("empty.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(Dossiers.newDossier("Empty"), empty, ReportProgress.NONE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(empty))) {
			assertEquals(8, workbook.getNumberOfSheets());
			assertEquals(0, workbook.getSheet("Claims").getLastRowNum());
			assertTrue(workbook.getSheet("Claims").getDataValidations().isEmpty());
			assertEquals("Empty", valueRightOf(workbook.getSheet("Summary"), "Dossier").getStringCellValue());
		}
	}

	@Test
	void manyClaimsAreStreamedToDiskRatherThanHeldInMemory() throws Exception {
		Source source = fixtures.reuters;
		for (int i = 0; i < 5_000; i++) {
			var claim = Dossiers.newClaim(fixtures.syria, "Claim number " + i);
			claim.setEvidence(Dossiers.newSpan(source, 0, 6));
			fixtures.dossier.getClaims().add(claim);
		}
		Path big = dir.resolve("big.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, big, ReportProgress.NONE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(big))) {
			XSSFSheet claims = workbook.getSheet("Claims");
			assertEquals(5_003, claims.getLastRowNum());
			assertEquals("Claim number 4999", claims.getRow(5_003).getCell(ClaimsSheet.CLAIM).getStringCellValue());
			assertEquals("HYPERLINK(\"#'Sources'!C2\",'Sources'!C2)", claims.getRow(5_003).getCell(ClaimsSheet.SOURCE).getCellFormula());
			assertEquals(new CellRangeAddress(1, 5_003, ClaimsSheet.CREDIBILITY, ClaimsSheet.CREDIBILITY),
					claims.getDataValidations().get(0).getRegions().getCellRangeAddress(0));
		}
		// inline strings: no shared-strings table that would hold every text in memory while writing
		assertTrue(ReportFixtures.part(big, "xl/worksheets/sheet5.xml").contains("<is><t>Claim number 4999</t></is>"));
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static int count(Sheet matrix, String from, String to) {
		int column = texts(matrix.getRow(0)).indexOf(to);
		for (Row row : matrix) {
			if (row.getRowNum() > 0 && row.getCell(0) != null && from.equals(row.getCell(0).getStringCellValue())) {
				Cell cell = row.getCell(column);
				return cell == null ? 0 : (int) cell.getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + from);
	}

	/** @return the cell right of the first cell in column A reading {@code label} */
	private static Cell valueRightOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
				return row.getCell(1);
			}
		}
		throw new AssertionError("no label " + label + " on " + sheet.getSheetName());
	}

	private static Row rowBelow(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
				return sheet.getRow(row.getRowNum() + 1);
			}
		}
		throw new AssertionError("no label " + label);
	}
}
