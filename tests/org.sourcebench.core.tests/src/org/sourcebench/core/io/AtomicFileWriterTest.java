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

    private static void assertNoTemporaryFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
        }
    }
}
