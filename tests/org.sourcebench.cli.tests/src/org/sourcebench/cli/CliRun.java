package org.sourcebench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the command line with captured standard output and error. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SourcebenchCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies a test article out of the fragment's class path into {@code folder}. */
    static Path article(String name, Path folder) {
        return article(name, folder, name);
    }

    static Path article(String name, Path folder, String fileName) {
        try (InputStream in = CliRun.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName);
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = CliRun.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
