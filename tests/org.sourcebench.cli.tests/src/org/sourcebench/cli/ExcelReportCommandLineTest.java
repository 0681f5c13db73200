package org.sourcebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.test.support.TestArticles;

/** {@code --xlsx} of {@code analyze} and {@code export}: the workbook is written and holds the dossier. */
class ExcelReportCommandLineTest {

	@TempDir
	Path dir;

	private static XSSFWorkbook open(Path xlsx) throws IOException {
		try (var in = Files.newInputStream(xlsx)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Set<String> column(Sheet sheet, int column) {
		Set<String> values = new HashSet<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(column) != null) {
				values.add(row.getCell(column).getStringCellValue());
			}
		}
		return values;
	}

	@Test
	void analyzeWritesTheExcelReportBesideTheDossierAndTheJson() throws Exception {
		Path sbx = dir.resolve("out/d.sbx");
		Path json = dir.resolve("out/d.json");
		Path xlsx = dir.resolve("out/reports/d.xlsx");

		CliRun run = CliRun.of("analyze", "--no-extract", "--dossier", sbx.toString(), "--json", json.toString(), "--xlsx",
				xlsx.toString(), TestArticles.copy("text/titled.txt", dir).toString(), TestArticles.copy("html/article.html", dir).toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.err().contains("Wrote " + xlsx + "."), run.err());
		assertTrue(Files.exists(json));
		Dossier dossier = new DossierStore().load(sbx);
		try (XSSFWorkbook workbook = open(xlsx)) {
			Sheet sources = workbook.getSheet("Sources");
			assertEquals(2, sources.getLastRowNum());
			Set<String> ids = new HashSet<>();
			Set<String> titles = new HashSet<>();
			for (Source source : dossier.getSources()) {
				ids.add(source.getId());
				titles.add(source.getTitle() != null ? source.getTitle() : source.getOriginalFileName());
			}
			assertEquals(ids, column(sources, 0), "the hidden ids are the dossier's, for the round trip");
			assertEquals(titles, column(sources, 2));
			assertEquals("d", workbook.getSheet("Summary").getRow(2).getCell(1).getStringCellValue(), "dossier name");
		}
	}

	@Test
	void analyzeWithExtractionFillsTheActorsSheet() throws Exception {
		Path sbx = dir.resolve("seed.sbx");
		Path xlsx = dir.resolve("seed.xlsx");

		CliRun run = CliRun.of("analyze", "-q", "--dossier", sbx.toString(), "--xlsx", xlsx.toString(),
				TestArticles.copy("scraped/000_e2a23cc3f04865a0.txt", dir).toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		Dossier dossier = new DossierStore().load(sbx);
		assertFalse(dossier.getActors().isEmpty());
		Set<String> names = new HashSet<>();
		for (Actor actor : dossier.getActors()) {
			names.add(actor.getCanonicalName());
		}
		try (XSSFWorkbook workbook = open(xlsx)) {
			assertEquals(names, column(workbook.getSheet("Actors"), 1));
			assertEquals(dossier.getClaims().size(), workbook.getSheet("Claims").getLastRowNum());
			assertEquals(dossier.getRelationships().size(), workbook.getSheet("Relationships").getLastRowNum());
		}
	}

	@Test
	void exportWritesTheReportOfAnExistingDossierWithoutChangingIt() throws Exception {
		Path sbx = dir.resolve("d.sbx");
		assertEquals(ExitCodes.OK, CliRun.of("analyze", "--no-extract", "-q", "--dossier", sbx.toString(),
				TestArticles.copy("text/titled.txt", dir).toString()).exitCode());
		byte[] before = Files.readAllBytes(sbx);
		Path xlsx = dir.resolve("d.xlsx");

		CliRun run = CliRun.of("export", "--xlsx", xlsx.toString(), sbx.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.err().contains("Wrote " + xlsx + " (1 sources)."), run.err());
		try (XSSFWorkbook workbook = open(xlsx)) {
			assertEquals(1, workbook.getSheet("Sources").getLastRowNum());
		}
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(sbx)), "the dossier is only read");
	}

	@Test
	void aReportThatCannotBeWrittenFailsWithExitFourAndLeavesTheOtherOutputs() throws Exception {
		Path json = dir.resolve("out.json");
		Path blocked = dir.resolve("blocked.xlsx");
		Files.createDirectories(blocked);

		CliRun run = CliRun.of("analyze", "--no-extract", "--json", json.toString(), "-x", blocked.toString(),
				TestArticles.copy("text/titled.txt", dir).toString());

		assertEquals(ExitCodes.OUTPUT_FAILED, run.exitCode());
		assertTrue(run.err().contains("sourcebench: Cannot write Excel report " + blocked + ": "), run.err());
		assertTrue(Files.exists(json), "the other outputs are still written");
		assertTrue(Files.isDirectory(blocked));
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}
}
