package org.sourcebench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierLoadException;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.core.json.JsonReader;
import org.sourcebench.test.support.TestArticles;

/** {@code sourcebench analyze} end to end on temporary files (extraction off; see ExtractionEndToEndTest). */
class AnalyzeCommandTest {

	@TempDir
	Path dir;

	private Path inbox() {
		Path inbox = dir.resolve("inbox");
		TestArticles.copy("scraped/000_e2a23cc3f04865a0.txt", inbox);
		TestArticles.copy("html/article.html", inbox);
		TestArticles.copy("pdf/article.pdf", inbox.resolve("pdf"));
		TestArticles.copy("docx/article.docx", inbox.resolve("word"));
		return inbox;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> sources(Path json) throws IOException {
		Object parsed = JsonReader.parse(Files.readString(json, StandardCharsets.UTF_8));
		return (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("sources");
	}

	private static Dossier load(Path sbx) throws DossierLoadException {
		return new DossierStore().load(sbx);
	}

	@Test
	void analyzingAFolderCreatesTheDossierAndTheJsonExport() throws Exception {
		Path sbx = dir.resolve("out/syria.sbx");
		Path json = dir.resolve("out/syria.json");

		CliRun run = CliRun.of("analyze", "--no-extract", "--dossier", sbx.toString(), "--json", json.toString(),
				inbox().toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertEquals("", run.out(), "standard output stays clean");
		assertTrue(run.err().contains("[1/4] "), run.err());
		assertTrue(run.err().contains("4 articles imported"), run.err());
		assertTrue(run.err().contains("Created " + sbx), run.err());
		assertEquals(4, load(sbx).getSources().size());
		List<Map<String, Object>> sources = sources(json);
		assertEquals(List.of("000_e2a23cc3f04865a0.txt", "article.html", "article.pdf", "article.docx"),
				sources.stream().map(s -> s.get("file")).toList(), "sorted path order: files before pdf/, word/");
	}

	@Test
	void theJsonFollowsTheEvaluationSchema() throws Exception {
		Path json = dir.resolve("export.json");

		CliRun run = CliRun.of("analyze", "--no-extract", "--json", json.toString(), inbox().toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		byte[] bytes = Files.readAllBytes(json);
		assertEquals(new String(bytes, StandardCharsets.UTF_8),
				StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString(), "UTF-8");
		for (Map<String, Object> source : sources(json)) {
			assertInstanceOf(String.class, source.get("file"));
			assertInstanceOf(String.class, source.get("body"));
			for (String list : List.of("actors", "locations", "claims", "relationships")) {
				assertEquals(List.of(), source.get(list), list + " without extraction");
			}
		}
		Map<String, Object> seed = sources(json).get(0);
		assertEquals(TestArticles.text("scraped/000_e2a23cc3f04865a0.body.txt"), seed.get("body"),
				"the body the gold offsets index, with curly quotes intact");
		assertEquals("International Cooperation Needed in Syria", seed.get("title"));
		assertEquals("2017-06-17T04:18", seed.get("published"), "no zone in the file, none invented");
	}

	@Test
	void aSecondRunAddsToTheDossierAndSkipsWhatIsAlreadyThere() throws Exception {
		Path sbx = dir.resolve("d.sbx");
		Path first = TestArticles.copy("dedup/a-original.txt", dir.resolve("first"));
		assertEquals(ExitCodes.OK, CliRun.of("--no-extract", "-q", "--dossier", sbx.toString(), first.toString()).exitCode());
		byte[] afterFirst = Files.readAllBytes(sbx);

		Path reprint = TestArticles.copy("dedup/c-reprint.txt", dir.resolve("second"));
		Path again = TestArticles.copy("dedup/a-original.txt", dir.resolve("second"), "a-copy.txt");
		CliRun second = CliRun.of("analyze", "--no-extract", "--dossier", sbx.toString(), again.toString(),
				reprint.toString());

		assertEquals(ExitCodes.OK, second.exitCode(), second.err());
		assertTrue(second.err().contains("skipped: " + again + ": same text as a-original.txt (already in the dossier)"),
				second.err());
		assertTrue(second.err().contains("Added to " + sbx + ": 1 + 1 = 2 sources."), second.err());
		Dossier dossier = load(sbx);
		assertEquals(2, dossier.getSources().size());
		assertTrue(dossier.getSources().get(1).getNotes().startsWith("Reprint of \u201C"), "reprint noted");
		assertArrayEquals(afterFirst, Files.readAllBytes(DossierStore.backupOf(sbx)), "previous version kept");
	}

	@Test
	void failedFilesAreReportedWhileTheOthersAreImported() throws Exception {
		Path inbox = inbox();
		Path broken = TestArticles.copy("bad/binary.txt", inbox, "broken.txt");
		Path sbx = dir.resolve("d.sbx");

		CliRun run = CliRun.of("analyze", "--no-extract", "--quiet", "--dossier", sbx.toString(), inbox.toString(),
				dir.resolve("missing.html").toString());

		assertEquals(ExitCodes.SOME_FILES_FAILED, run.exitCode());
		assertTrue(run.err().contains("sourcebench: " + broken + ": binary data"), run.err());
		assertTrue(run.err().contains("sourcebench: " + dir.resolve("missing.html") + ": no such file"), run.err());
		assertFalse(run.err().contains("[1/"), "quiet: no progress");
		assertEquals(4, load(sbx).getSources().size());
	}

	@Test
	void whenNothingCanBeImportedNothingIsWritten() throws Exception {
		Path sbx = dir.resolve("d.sbx");
		Path json = dir.resolve("d.json");
		Path broken = TestArticles.copy("bad/binary.txt", dir.resolve("in"), "broken.txt");

		CliRun run = CliRun.of("analyze", "--no-extract", "--dossier", sbx.toString(), "--json", json.toString(),
				broken.toString());

		assertEquals(ExitCodes.NOTHING_IMPORTED, run.exitCode());
		assertTrue(run.err().contains("no article could be imported"), run.err());
		assertFalse(Files.exists(sbx));
		assertFalse(Files.exists(json));
	}

	@Test
	void anEmptyFolderIsNothingToImport() throws IOException {
		Path empty = Files.createDirectories(dir.resolve("empty"));

		CliRun run = CliRun.of("analyze", "--no-extract", empty.toString());

		assertEquals(ExitCodes.NOTHING_IMPORTED, run.exitCode());
		assertTrue(run.err().contains("no article files found"), run.err());
	}

	@Test
	void aDamagedDossierIsNeitherReadNorOverwritten() throws IOException {
		Path sbx = dir.resolve("damaged.sbx");
		Files.writeString(sbx, "<?xml version=\"1.0\"?><xmi:XMI truncated");
		byte[] before = Files.readAllBytes(sbx);

		CliRun run = CliRun.of("analyze", "--no-extract", "--dossier", sbx.toString(),
				TestArticles.copy("text/titled.txt", dir).toString());

		assertEquals(ExitCodes.OUTPUT_FAILED, run.exitCode());
		assertTrue(run.err().contains("cannot open the dossier " + sbx), run.err());
		assertArrayEquals(before, Files.readAllBytes(sbx));
	}

	@Test
	void aJsonExportThatCannotBeWrittenLeavesNoPartialFile() throws IOException {
		Path blocked = Files.createDirectories(dir.resolve("out/export.json")); // a folder where the file should go

		CliRun run = CliRun.of("analyze", "--no-extract", "--json", blocked.toString(),
				TestArticles.copy("text/titled.txt", dir).toString());

		assertEquals(ExitCodes.OUTPUT_FAILED, run.exitCode());
		assertTrue(run.err().contains("Cannot write"), run.err());
		try (Stream<Path> left = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(blocked), left.toList(), "no temporary file left behind");
		}
	}

	@Test
	void jsonToStandardOutput() throws IOException {
		CliRun run = CliRun.of("analyze", "--no-extract", "--quiet", "--json", "-",
				TestArticles.copy("text/titled.txt", dir).toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertEquals("", run.err());
		@SuppressWarnings("unchecked")
		Map<String, Object> root = (Map<String, Object>) JsonReader.parse(run.out());
		assertEquals(1, ((List<?>) root.get("sources")).size());
	}

	@Test
	void theExportIsStableForTheSameDossier() throws Exception {
		Path sbx = dir.resolve("d.sbx");
		assertEquals(ExitCodes.OK, CliRun.of("--no-extract", "-q", "--dossier", sbx.toString(), inbox().toString()).exitCode());
		Path one = dir.resolve("one.json");
		Path two = dir.resolve("two.json");
		Path nothingNew = TestArticles.copy("html/article.html", dir.resolve("again"));

		// Re-running on a file already in the dossier adds nothing and exports the same dossier again.
		assertEquals(ExitCodes.OK, CliRun.of("--no-extract", "-q", "--dossier", sbx.toString(), "--json", one.toString(),
				nothingNew.toString()).exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--no-extract", "-q", "--dossier", sbx.toString(), "--json", two.toString(),
				nothingNew.toString()).exitCode());

		assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
		assertFalse(Files.exists(DossierStore.backupOf(sbx)), "an unchanged dossier is not saved again");
	}
}
