package org.sourcebench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers only ever see the old content or the complete new content:
 * the data goes to a temporary file in the same folder, is forced to disk, and is then renamed
 * over the target. A failed write leaves the target untouched and removes the temporary file.
 * <p>
 * Every output Sourcebench writes (dossiers, JSON and Excel exports) goes through here, so an
 * interrupted export never leaves a half-written file behind.
 */
public final class AtomicFileWriter {

    /** Writes the content to a stream; may throw to abort the write. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to the temporary file; do not close it
         * @throws IOException to abort; the target stays as it was
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param target the file to create or replace
     * @param backup whether to keep the previous content as {@code <name>.bak}
     * @param content what to write
     * @throws IOException naming the target when writing fails
     */
    public static void write(Path target, boolean backup, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (backup && Files.exists(absolute)) {
                Path bak = absolute.resolveSibling(absolute.getFileName() + ".bak");
                Files.copy(absolute, bak, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
