package org.sourcebench.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

	@TempDir
	Path dir;

	@Test
	void writesNewFileAndCreatesMissingFolders() throws IOException {
		Path target = dir.resolve("a/b/out.txt");
		AtomicFileWriter.write(target, false, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
		assertEquals("hello", Files.readString(target));
		assertNoTemporaryFilesIn(target.getParent());
	}

	@Test
	void replacingKeepsOneBackupOfThePreviousContent() throws IOException {
		Path target = dir.resolve("dossier.sbx");
		AtomicFileWriter.write(target, true, out -> out.write(new byte[] { 1 }));
		AtomicFileWriter.write(target, true, out -> out.write(new byte[] { 2 }));
		AtomicFileWriter.write(target, true, out -> out.write(new byte[] { 3 }));
		assertArrayEquals(new byte[] { 3 }, Files.readAllBytes(target));
		assertArrayEquals(new byte[] { 2 }, Files.readAllBytes(dir.resolve("dossier.sbx.bak")));
	}

	@Test
	void failedWriteLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
		Path target = dir.resolve("report.xlsx");
		Files.writeString(target, "previous");
		IOException error = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, false, out -> {
			out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertTrue(error.getMessage().contains("report.xlsx"), error.getMessage());
		assertTrue(error.getMessage().contains("disk full"), error.getMessage());
		assertEquals("previous", Files.readString(target));
		assertNoTemporaryFilesIn(dir);
	}

	@Test
	void runtimeFailureInContentIsReportedAsIoErrorNamingTheFile() throws IOException {
		Path target = dir.resolve("x.json");
		IOException error = assertThrows(IOException.class,
				() -> AtomicFileWriter.write(target, false, out -> { throw new IllegalStateException("boom"); }));
		assertTrue(error.getMessage().contains("x.json") && error.getMessage().contains("boom"), error.getMessage());
		assertFalse(Files.exists(target));
	}

	@Test
	void aTargetReachedThroughASymbolicLinkIsWrittenWhereTheLinkPoints() throws IOException {
		Path real = dir.resolve("real/dossier.sbx");
		AtomicFileWriter.write(real, false, out -> out.write(1));
		Path link = Files.createSymbolicLink(dir.resolve("link.sbx"), real);

		AtomicFileWriter.write(link, true, out -> out.write(2));

		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertArrayEquals(new byte[] { 2 }, Files.readAllBytes(real));
		assertArrayEquals(new byte[] { 1 }, Files.readAllBytes(dir.resolve("real/dossier.sbx.bak")));
	}

	@Test
	void aReadOnlyTargetIsRefusedAndKept() throws IOException {
		Path target = dir.resolve("locked.sbx");
		Files.writeString(target, "previous");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

		FileWriteException error = assertThrows(FileWriteException.class,
				() -> AtomicFileWriter.write(target, true, out -> out.write(1)));

		assertTrue(error.getProblem().contains("read-only"), error.getMessage());
		assertTrue(error.getMessage().contains("locked.sbx"), error.getMessage());
		assertEquals("previous", Files.readString(target));
		assertNoTemporaryFilesIn(dir);
	}

	@Test
	void replacingKeepsTheFilesPermissions() throws IOException {
		Path target = dir.resolve("shared.json");
		Files.writeString(target, "v1");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

		AtomicFileWriter.write(target, false, out -> out.write('2'));

		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
	}

	@Test
	void temporaryFilesOfDeadProcessesAreRemovedButNotOthers() throws IOException {
		Path target = dir.resolve("d.sbx");
		Path dead = Files.writeString(dir.resolve(".d.sbx.2147483646-abc.tmp"), "left by kill -9");
		Path alive = Files.writeString(dir.resolve(".d.sbx." + ProcessHandle.current().pid() + "-xyz.tmp"), "in use");
		Path foreign = Files.writeString(dir.resolve(".d.sbx.someone-else.tmp"), "not ours");

		AtomicFileWriter.write(target, false, out -> out.write(1));

		assertFalse(Files.exists(dead));
		assertTrue(Files.exists(alive));
		assertTrue(Files.exists(foreign));
	}

	@Test
	void anErrorInTheContentLeavesNoTemporaryFile() throws IOException {
		Path target = dir.resolve("big.xlsx");
		assertThrows(OutOfMemoryError.class, () -> AtomicFileWriter.write(target, false, out -> {
			out.write(1);
			throw new OutOfMemoryError("test");
		}));
		assertFalse(Files.exists(target));
		assertNoTemporaryFilesIn(dir);
	}

	private static void assertNoTemporaryFilesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
		}
	}
}
