package org.sourcebench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.test.support.TestArticles;

class ArticleImporterTest {

	@TempDir
	Path dir;

	private final ArticleImporter importer = new ArticleImporter();

	@ParameterizedTest
	@CsvSource({ "scraped/000_e2a23cc3f04865a0.txt, SCRAPED", "text/titled.txt, TEXT", "html/article.html, HTML",
		"pdf/article.pdf, PDF", "docx/article.docx, DOCX" })
	void everyFormatIsReadByItsReader(String name, ArticleFormat format) throws ImportException {
		ParsedArticle article = importer.read(TestArticles.copy(name, dir));

		assertEquals(format, article.format());
		assertFalse(article.body().isBlank());
		assertEquals("en", article.language(), "guessed when the file does not say");
		assertEquals(RawFile.sha256(TestArticles.bytes(name)), article.sha256());
	}

	@ParameterizedTest
	@CsvSource({ "bad/empty.txt, EMPTY", "bad/blank.txt, EMPTY", "bad/binary.txt, BINARY",
		"bad/notes.xyz, UNKNOWN_FORMAT", "bad/undecodable.txt, UNDECODABLE", "bad/utf-16-broken.txt, UNDECODABLE",
		"bad/not-a-pdf.pdf, MALFORMED", "bad/not-a-docx.docx, MALFORMED", "pdf/scanned.pdf, NO_TEXT" })
	void badInputGivesOneProblemNamingTheFileAndTheReason(String name, Reason reason) {
		Path file = TestArticles.copy(name, dir);

		ImportException e = assertThrows(ImportException.class, () -> importer.read(file));

		assertEquals(reason, e.getReason());
		assertEquals(file, e.getFile());
		assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
		assertFalse(e.getDetail().isBlank());
	}

	@Test
	void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
		Path huge = dir.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(100L * 1024 * 1024); // sparse: no 100 MB written, none to read
		}

		// Generous bound: reading and decoding 100 MB would take seconds, the size check microseconds.
		ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThrows(ImportException.class, () -> importer.read(huge)));

		assertEquals(Reason.TOO_LARGE, e.getReason());
		assertTrue(e.getDetail().contains("100.0 MB"), e.getDetail());
		assertTrue(e.getDetail().contains("limit of 20.0 MB"), e.getDetail());
	}

	@Test
	void aSmallerLimitCanBeSet() {
		Path file = TestArticles.copy("text/titled.txt", dir);

		assertEquals(Reason.TOO_LARGE,
				assertThrows(ImportException.class, () -> new ArticleImporter(100).read(file)).getReason());
	}

	@Test
	void aBrokenLinkIsUnreadable() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing-target.txt"));

		ImportException e = assertThrows(ImportException.class, () -> importer.read(link));

		assertEquals(Reason.UNREADABLE, e.getReason());
	}

	@Test
	void aFileWithoutReadPermissionIsUnreadable() throws IOException {
		Path file = TestArticles.copy("text/titled.txt", dir);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");

		ImportException e = assertThrows(ImportException.class, () -> importer.read(file));

		assertEquals(Reason.UNREADABLE, e.getReason());
		assertEquals("permission denied", e.getDetail());
	}

	@Test
	void aMissingInputIsReportedAndTheOthersAreStillImported() {
		Path good = TestArticles.copy("text/titled.txt", dir);
		Path missing = dir.resolve("no-such-file.txt");

		ImportResult result = importer.importAll(List.of(missing, good), ImportListener.NONE);

		assertEquals(1, result.articles().size());
		assertEquals(1, result.problems().size());
		assertEquals(missing, result.problems().get(0).file());
		assertEquals(Reason.UNREADABLE, result.problems().get(0).reason());
	}

	@Test
	void foldersAreWalkedRecursivelyInSortedOrderAndBadFilesDoNotStopTheImport() throws IOException {
		Path root = dir.resolve("inbox");
		TestArticles.copy("text/titled.txt", root.resolve("b"), "2.txt");
		TestArticles.copy("html/article.html", root.resolve("b"), "1.html");
		TestArticles.copy("pdf/article.pdf", root, "a.pdf");
		TestArticles.copy("docx/article.docx", root.resolve("c/d"), "z.docx");
		TestArticles.copy("bad/binary.txt", root, "broken.txt");
		TestArticles.copy("bad/empty.txt", root.resolve("b"), "0-empty.txt");
		TestArticles.copy("text/no-title.txt", root.resolve(".hidden"), "secret.txt");
		TestArticles.copy("bad/notes.xyz", root, "README.md");

		List<String> events = new ArrayList<>();
		ImportResult result = importer.importAll(List.of(root), new ImportListener() {
			@Override
			public void fileStarted(Path file, int index, int total) {
				events.add(index + "/" + total + " " + root.relativize(file));
			}
		});

		assertEquals(List.of("1/6 a.pdf", "2/6 b/0-empty.txt", "3/6 b/1.html", "4/6 b/2.txt", "5/6 broken.txt",
				"6/6 c/d/z.docx"), events);
		assertEquals(List.of("a.pdf", "1.html", "2.txt", "z.docx"),
				result.articles().stream().map(a -> a.article().fileName()).toList());
		assertEquals(List.of(root.resolve("b/0-empty.txt"), root.resolve("broken.txt")),
				result.problems().stream().map(ImportProblem::file).toList());
		assertEquals(List.of(root.resolve("README.md")), result.ignored(), "other file types in folders");
		assertEquals("4 articles imported, 2 files failed, 1 other file ignored", result.summary());
	}

	@Test
	void anExplicitFileOfUnknownTypeIsAProblem() {
		Path notes = TestArticles.copy("bad/notes.xyz", dir);

		ImportResult result = importer.importAll(List.of(notes), ImportListener.NONE);

		assertEquals(Reason.UNKNOWN_FORMAT, result.problems().get(0).reason());
		assertTrue(result.problems().get(0).message().contains("unknown file type \".xyz\""));
	}

	@Test
	void theSameFileGivenTwiceIsReadOnce() {
		Path file = TestArticles.copy("text/titled.txt", dir.resolve("in"));

		ImportResult result = importer.importAll(List.of(dir.resolve("in"), file), ImportListener.NONE);

		assertEquals(1, result.articles().size());
		assertTrue(result.duplicates().isEmpty());
	}

	@Test
	void anExactDuplicateIsSkippedAndAReprintIsImportedAndFlagged() {
		Path folder = dir.resolve("dedup");
		Path original = TestArticles.copy("dedup/a-original.txt", folder);
		Path same = TestArticles.copy("dedup/b-same-text.txt", folder);
		Path reprint = TestArticles.copy("dedup/c-reprint.txt", folder);
		TestArticles.copy("dedup/d-other-story.txt", folder);

		ImportResult result = importer.importAll(List.of(folder), ImportListener.NONE);

		assertEquals(List.of("a-original.txt", "c-reprint.txt", "d-other-story.txt"),
				result.articles().stream().map(a -> a.article().fileName()).toList());
		assertEquals(1, result.duplicates().size());
		assertEquals(same, result.duplicates().get(0).file());
		assertEquals(ArticleImporter.key(original), result.duplicates().get(0).originalKey());

		ImportedArticle flagged = result.articles().get(1);
		assertEquals(reprint, flagged.article().file());
		assertTrue(flagged.isReprint());
		assertEquals(ArticleImporter.key(original), flagged.reprintOf().originalKey());
		assertTrue(flagged.reprintOf().similarity() >= 0.5 && flagged.reprintOf().similarity() < 1,
				"similarity " + flagged.reprintOf().similarity());
		assertFalse(result.articles().get(0).isReprint());
		assertFalse(result.articles().get(2).isReprint(), "another story on the same event is no reprint");
		assertFalse(result.hasProblems());
	}

	@Test
	void aCancelledImportStopsBeforeTheNextFile() {
		Path folder = dir.resolve("many");
		TestArticles.copy("text/titled.txt", folder, "1.txt");
		TestArticles.copy("text/wrapped.txt", folder, "2.txt");

		ImportResult result = importer.importAll(List.of(folder), new ImportListener() {
			private int started;

			@Override
			public void fileStarted(Path file, int index, int total) {
				started++;
			}

			@Override
			public boolean isCancelled() {
				return started == 1;
			}
		});

		assertTrue(result.cancelled());
		assertEquals(1, result.articles().size());
	}
}
