package org.sourcebench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.sourcebench.core.Sourcebench;
import org.sourcebench.extract.ExtractionEngine;

/**
 * The {@code sourcebench} command line, plain Java: {@link #run(String[], PrintStream, PrintStream)} does
 * everything and returns the exit code, so tests and the Equinox application ({@link AnalyzeApplication})
 * call the same code.
 * <p>
 * Commands: {@code analyze [OPTIONS] FILE|DIR...} (the word {@code analyze} may be left out, since the
 * product's start script may already have chosen it), {@code --version}, {@code --help}. See
 * {@code help.txt} and {@link ExitCodes}.
 */
public final class SourcebenchCli {

    private final Supplier<ExtractionEngine> engines;

    /** A command line that uses the default extraction engine. */
    public SourcebenchCli() {
        this(ExtractionEngine::createDefault);
    }

    /** @param engines makes the extraction engine, called at most once per run and only when needed */
    public SourcebenchCli(Supplier<ExtractionEngine> engines) {
        this.engines = engines;
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments, e.g. {@code analyze --json out.json samples/}
     * @param out standard output: JSON for {@code --json -}, help and version
     * @param err standard error: progress, problems, summary
     * @return the exit code, one of {@link ExitCodes}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (!arguments.isEmpty() && arguments.get(0).equals("analyze")) {
            arguments.remove(0);
        } else if (!arguments.isEmpty() && arguments.get(0).equals("help")) {
            arguments.set(0, "--help");
        } else if (!arguments.isEmpty() && !arguments.get(0).startsWith("-") && looksLikeCommand(arguments.get(0))) {
            err.println("sourcebench: unknown command " + arguments.get(0));
            err.println("Try 'sourcebench --help'.");
            return ExitCodes.USAGE;
        }
        if (arguments.isEmpty()) {
            err.print(help());
            return ExitCodes.USAGE;
        }
        AnalyzeOptions options;
        try {
            options = AnalyzeOptions.parse(arguments);
        } catch (UsageException e) {
            err.println("sourcebench: " + e.getMessage());
            err.println("Try 'sourcebench analyze --help'.");
            return ExitCodes.USAGE;
        }
        if (options.help()) {
            out.print(help());
            out.flush();
            return ExitCodes.OK;
        }
        if (options.version()) {
            out.println(Sourcebench.PRODUCT_NAME.toLowerCase(java.util.Locale.ROOT) + " " + Sourcebench.version());
            out.flush();
            return ExitCodes.OK;
        }
        return new AnalyzeCommand(options, out, err, engines).run();
    }

    /**
     * Runs the command line in a plain JVM and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(new SourcebenchCli().run(args, System.out, System.err));
    }

    /** A bare word that is no file: a mistyped command rather than an input ("analyse", "import"). */
    private static boolean looksLikeCommand(String word) {
        return word.matches("[a-z]+") && !java.nio.file.Files.exists(java.nio.file.Path.of(word));
    }

    static String help() {
        try (InputStream in = SourcebenchCli.class.getResourceAsStream("help.txt")) {
            if (in == null) {
                throw new IllegalStateException("help.txt is missing from the cli bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
