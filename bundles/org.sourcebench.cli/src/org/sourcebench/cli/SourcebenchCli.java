package org.sourcebench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.sourcebench.core.Sourcebench;
import org.sourcebench.extract.ExtractionEngine;

/**
 * The {@code sourcebench} command line, plain Java: {@link #run(String[], PrintStream, PrintStream)} does
 * everything and returns the exit code, so tests and the Equinox application ({@link CommandLineApplication})
 * call the same code.
 * <p>
 * Commands: {@code analyze [OPTIONS] FILE|DIR...} (the default: the word may be left out),
 * {@code export [--json FILE] DOSSIER}, {@code import-batch PARQUET_DIR --dossier FILE}, {@code --version}, {@code --help} (single-dash forms too, as the
 * product's start script passes them through). See {@code help.txt} and {@link ExitCodes}.
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
		try {
			return dispatch(args, out, err);
		} catch (OutOfMemoryError e) {
			err.println("sourcebench: out of memory (" + e.getMessage() + "); nothing half-written. Give Java more"
					+ " memory (SOURCEBENCH_VMARGS=-Xmx4g) or import fewer or smaller files (--max-size).");
		} catch (StackOverflowError e) {
			err.println("sourcebench: stack overflow (a deeply nested input?); nothing half-written.");
		} catch (RuntimeException | LinkageError | AssertionError e) {
			err.println("sourcebench: internal error, the run stopped: " + e + "; nothing half-written.");
		}
		return ExitCodes.INTERNAL_ERROR;
	}

	private int dispatch(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.print(help());
			return ExitCodes.USAGE;
		}
		List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		switch (args[0]) {
			case "analyze":
				return analyze(rest, out, err);
			case "export":
				return export(rest, out, err);
			case "import-batch":
				return importBatch(rest, out, err);
			case "--version", "-version", "-V", "version":
				return version(out);
			case "--help", "-help", "-h", "help":
				return help(out);
			default:
				if (!args[0].startsWith("-") && looksLikeCommand(args[0])) {
					err.println("sourcebench: unknown command " + args[0]);
					err.println("Try 'sourcebench --help'.");
					return ExitCodes.USAGE;
				}
				// Options or files first: "analyze" is the default command.
				return analyze(Arrays.asList(args), out, err);
		}
	}

	private int analyze(List<String> arguments, PrintStream out, PrintStream err) {
		AnalyzeOptions options;
		try {
			options = AnalyzeOptions.parse(arguments);
		} catch (UsageException e) {
			return usageError(e, "analyze", err);
		}
		if (options.help()) {
			return help(out);
		}
		if (options.version()) {
			return version(out);
		}
		return new AnalyzeCommand(options, out, err, engines).run();
	}

	private static int export(List<String> arguments, PrintStream out, PrintStream err) {
		ExportOptions options;
		try {
			options = ExportOptions.parse(arguments);
		} catch (UsageException e) {
			return usageError(e, "export", err);
		}
		if (options.help()) {
			return help(out);
		}
		return new ExportCommand(options, out, err).run();
	}

	private static int importBatch(List<String> arguments, PrintStream out, PrintStream err) {
		ImportBatchOptions options;
		try {
			options = ImportBatchOptions.parse(arguments);
		} catch (UsageException e) {
			return usageError(e, "import-batch", err);
		}
		if (options.help()) {
			return help(out);
		}
		return new ImportBatchCommand(options, out, err).run();
	}

	private static int usageError(UsageException e, String command, PrintStream err) {
		err.println("sourcebench: " + e.getMessage());
		err.println("Try 'sourcebench " + command + " --help'.");
		return ExitCodes.USAGE;
	}

	private static int help(PrintStream out) {
		out.print(help());
		out.flush();
		return ExitCodes.OK;
	}

	private static int version(PrintStream out) {
		out.println(Sourcebench.PRODUCT_NAME.toLowerCase(Locale.ROOT) + " " + Sourcebench.version());
		out.flush();
		return ExitCodes.OK;
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
		return word.matches("[a-z-]+") && !java.nio.file.Files.exists(java.nio.file.Path.of(word));
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
