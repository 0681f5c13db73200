package org.sourcebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.core.json.JsonReader;
import org.sourcebench.test.support.TestArticles;

class ExportCommandTest {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void anExistingDossierIsExportedWithoutImporting() throws Exception {
		Path sbx = dir.resolve("d.sbx");
		assertEquals(ExitCodes.OK, CliRun.of("analyze", "--no-extract", "-q", "--dossier", sbx.toString(),
				TestArticles.copy("text/titled.txt", dir).toString(), TestArticles.copy("html/article.html", dir).toString()).exitCode());
		byte[] dossierBefore = Files.readAllBytes(sbx);
		Path json = dir.resolve("export/d.json");

		CliRun run = CliRun.of("export", "--json", json.toString(), sbx.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.err().contains("Wrote " + json + " (2 sources)."), run.err());
		List<Map<String, Object>> sources = (List<Map<String, Object>>) ((Map<String, Object>) JsonReader
				.parse(Files.readString(json))).get("sources");
		assertEquals(List.of("titled.txt", "article.html"), sources.stream().map(s -> s.get("file")).toList());
		assertEquals(java.util.Arrays.toString(dossierBefore), java.util.Arrays.toString(Files.readAllBytes(sbx)),
				"the dossier is only read");
	}

	@Test
	void exportNeedsADossierAndAnOutput() {
		assertEquals(ExitCodes.USAGE, CliRun.of("export", "--json", "x.json").exitCode());
		CliRun noOutput = CliRun.of("export", "d.sbx");
		assertEquals(ExitCodes.USAGE, noOutput.exitCode());
		assertTrue(noOutput.err().contains("nothing to export"), noOutput.err());
	}

	@Test
	void aMissingDossierCannotBeExported() {
		CliRun run = CliRun.of("export", "--json", dir.resolve("x.json").toString(), dir.resolve("none.sbx").toString());

		assertEquals(ExitCodes.OUTPUT_FAILED, run.exitCode());
		assertTrue(run.err().contains("cannot open the dossier"), run.err());
		assertTrue(Files.notExists(dir.resolve("x.json")));
	}
}
