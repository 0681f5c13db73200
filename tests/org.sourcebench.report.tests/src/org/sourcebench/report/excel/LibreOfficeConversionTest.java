package org.sourcebench.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.report.ReportFixtures;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.safety.CellText;

/**
 * Opens the report in another spreadsheet program: LibreOffice converts every sheet to CSV, which fails or
 * loses cells if the workbook is malformed (Excel would show a repair prompt), and the values must survive.
 *
 * <p>Needs {@code soffice} (Debian: libreoffice-calc-nogui), which {@code .ci/run} installs. Without it the
 * test is skipped with a message on a developer machine, but fails where the environment variable {@code CI}
 * or the system property {@code sourcebench.requireLibreOffice} is set: there a missing LibreOffice is a broken
 * setup, not a reason to pass.
 */
class LibreOfficeConversionTest {

	/** CSV export options: comma, double quote, UTF-8, quote all text, values as shown, every sheet to its own file. */
	private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1";

	@TempDir
	Path dir;

	@Test
	void libreOfficeConvertsEverySheetAndTheValuesSurvive() throws Exception {
		String soffice = findSoffice();
		if (soffice == null) {
			if (System.getenv("CI") != null || Boolean.getBoolean("sourcebench.requireLibreOffice")) {
				fail("LibreOffice (soffice) is not on the PATH, but this run requires it: install libreoffice-calc-nogui");
			}
			Assumptions.abort("LibreOffice (soffice) is not on the PATH: skipping the conversion check; "
					+ "install libreoffice-calc-nogui to run it (CI always does)");
		}
		ReportFixtures fixtures = new ReportFixtures();
		Path xlsx = dir.resolve("report.xlsx");
		new ExcelReportWriter(ReportFixtures.options()).write(fixtures.dossier, xlsx, ReportProgress.NONE);

		Path out = Files.createDirectories(dir.resolve("csv"));
		convert(soffice, xlsx, out);

		List<List<String>> summary = csv(out.resolve("report-Summary.csv"));
		assertEquals(List.of("Dossier", "Syria border talks"), row(summary, "Dossier"));
		assertEquals(List.of("Exported (UTC)", "2026-11-28 09:30"), row(summary, "Exported (UTC)"));
		assertEquals(List.of("Claims", "3"), row(summary, "Claims"));

		List<List<String>> sources = csv(out.resolve("report-Sources.csv"));
		assertEquals(3, sources.size());
		assertEquals(List.of(fixtures.reuters.getId(), "B - Usually reliable", "Turkish minister visits Damascus", "Reuters",
				"2026-11-23 11:05", "B - Usually reliable", "2", fixtures.reuters.getUrl(), "en"), sources.get(1));
		assertEquals("-- Anonymous blog post --", sources.get(2).get(2), "formula-like text stays text");

		List<List<String>> claims = csv(out.resolve("report-Claims.csv"));
		assertEquals(4, claims.size());
		assertEquals("Turkish minister visits Damascus", claims.get(1).get(ClaimsSheet.SOURCE), "the link formula finds the source row");
		assertEquals("2026-11-23", claims.get(1).get(ClaimsSheet.DATE_STATED));
		assertEquals(ReportFixtures.INJECTION, claims.get(2).get(ClaimsSheet.CLAIM), "not evaluated");
		assertEquals("-- Anonymous blog post --", claims.get(2).get(ClaimsSheet.SOURCE));
		String cut = claims.get(3).get(ClaimsSheet.CLAIM);
		assertEquals(CellText.MAX_LENGTH, cut.length());
		assertTrue(cut.endsWith("more characters]"));

		List<List<String>> relationships = csv(out.resolve("report-Relationships.csv"));
		assertEquals(List.of("Turkish foreign minister", "042", "Make a visit", "Syria", "Verbal cooperation", "1.9", "1"),
				relationships.get(1).subList(RelationshipsSheet.FROM, RelationshipsSheet.CORROBORATION + 1));
		assertEquals("Syria accused Turkey of shelling near Aleppo.\n\nthe shelling was staged.",
				relationships.get(2).get(RelationshipsSheet.EVIDENCE));
		assertEquals("Confirmed", relationships.get(2).get(RelationshipsSheet.STATUS));

		assertEquals("36.20124", csv(out.resolve("report-Locations.csv")).get(1).get(4));
		assertEquals("Syria", csv(out.resolve("report-Actor matrix.csv")).get(0).get(1));
		assertEquals(List.of("Turkey", "State", "TUR", "2", "2", "1", "Türkiye"),
				csv(out.resolve("report-Actors.csv")).get(1).subList(1, 8));
	}

	private static void convert(String soffice, Path xlsx, Path out) throws IOException, InterruptedException {
		// a profile of its own, so a LibreOffice the developer has open (or a parallel build) does not interfere
		String profile = xlsx.getParent().resolve("lo-profile").toUri().toString();
		ProcessBuilder builder = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
				"--convert-to", CSV_FILTER, "--outdir", out.toString(), xlsx.toString());
		builder.redirectErrorStream(true);
		builder.redirectOutput(xlsx.getParent().resolve("soffice.log").toFile());
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("LibreOffice did not finish converting within 3 minutes");
		}
		String log = Files.readString(xlsx.getParent().resolve("soffice.log"));
		assertEquals(0, process.exitValue(), log);
		try (var files = Files.list(out)) {
			assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".csv")), "no CSV written: " + log);
		}
	}

	private static String findSoffice() {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, "soffice");
			if (!folder.isEmpty() && Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	private static List<String> row(List<List<String>> rows, String first) {
		return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst()
				.map(r -> r.subList(0, Math.min(2, r.size())))
				.orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
	}

	/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
	static List<List<String>> csv(Path file) throws IOException {
		assertTrue(Files.exists(file), "LibreOffice wrote no " + file.getFileName());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
