package org.sourcebench.core.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLockTest {

	@TempDir
	Path dir;

	@Test
	void aSecondHolderIsRefusedUntilTheFirstReleases() throws Exception {
		Path dossier = dir.resolve("d.sbx");
		// Java locks are per process: the second holder must be another process, like a second CLI run.
		try (FileLock first = FileLock.acquire(dossier, m -> {
		})) {
			assertNotNull(first);
			Process other = otherJvmTryingToLock(dossier);
			assertTrue(other.waitFor() == 3, "another process gets no lock while we hold it");
		}
		Process other = otherJvmTryingToLock(dossier);
		assertTrue(other.waitFor() == 0, "another process gets the lock after we released it");
		assertTrue(Files.exists(dir.resolve(".d.sbx.lock")), "the lock file is next to the dossier, hidden");
	}

	@Test
	void releasingTwiceIsHarmless() throws IOException {
		FileLock lock = FileLock.tryAcquire(dir.resolve("x.sbx"));
		assertNotNull(lock);
		lock.close();
		lock.close();
		try (FileLock again = FileLock.tryAcquire(dir.resolve("x.sbx"))) {
			assertNotNull(again);
		}
	}

	@Test
	void aLockTakenTwiceInOneProcessIsAnError() throws IOException {
		try (FileLock lock = FileLock.tryAcquire(dir.resolve("y.sbx"))) {
			assertNotNull(lock);
			assertThrowsIo(() -> FileLock.tryAcquire(dir.resolve("y.sbx")));
		}
	}

	private static void assertThrowsIo(org.junit.jupiter.api.function.Executable call) {
		org.junit.jupiter.api.Assertions.assertThrows(IOException.class, call);
	}

	/** Runs a tiny Java program that exits 0 when it got the lock on the sidecar file, 3 when not. */
	private Process otherJvmTryingToLock(Path dossier) throws IOException {
		Path source = dir.resolve("TryLock.java");
		Files.writeString(source, "import java.nio.channels.*; import java.nio.file.*;\n"
				+ "public class TryLock { public static void main(String[] a) throws Exception {\n"
				+ "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {\n"
				+ "    System.exit(c.tryLock() == null ? 3 : 0); } } }\n");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, source.toString(), dossier.resolveSibling(".d.sbx.lock").toString())
				.inheritIO().start();
	}
}
