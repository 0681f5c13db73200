package org.sourcebench.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.dossier.TimeLimitedExtraction;
import org.sourcebench.ingest.ArticleImporter;

/**
 * The parsed command line of {@code sourcebench analyze}.
 *
 * @param inputs files and folders to import, in the order given
 * @param dossier the dossier to create or add to, or {@code null}
 * @param json where to write the JSON export, {@code "-"} for standard output, or {@code null}
 * @param xlsx where to write the Excel report, or {@code null}
 * @param quiet whether to print only errors
 * @param extract whether to run the extraction engine
 * @param maxFileSize the import size limit in bytes
 * @param timeLimit the extraction time limit per file, in seconds
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 */
record AnalyzeOptions(List<Path> inputs, Path dossier, String json, Path xlsx, boolean quiet, boolean extract,
		long maxFileSize, long timeLimit, boolean help, boolean version) {

	/**
	 * Extraction time per file after which the file is left unextracted (see README, measurements); the system
	 * property {@value TimeLimitedExtraction#PROPERTY} changes it, {@code --time-limit} overrides both.
	 */
	static final long DEFAULT_TIME_LIMIT_SECONDS = TimeLimitedExtraction.DEFAULT.toSeconds();

	/**
	 * @param args the arguments after {@code analyze}
	 * @return the options
	 * @throws UsageException for an unknown option, a missing value or no input
	 */
	static AnalyzeOptions parse(List<String> args) throws UsageException {
		Builder b = new Builder();
		try {
			b.timeLimit = TimeLimitedExtraction.fromProperty().toSeconds();
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		PARSER.parse(args, b);
		if (b.help || b.version) {
			return new AnalyzeOptions(List.of(), null, null, null, false, true, b.maxFileSize, b.timeLimit, b.help,
					b.version);
		}
		if (b.inputs.isEmpty()) {
			throw new UsageException("no FILE or DIR to analyze");
		}
		if (b.dossier != null && !b.dossier.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sbx")) {
			throw new UsageException("--dossier " + b.dossier + ": a dossier file name ends with .sbx");
		}
		return new AnalyzeOptions(List.copyOf(b.inputs), b.dossier, b.json, b.xlsx, b.quiet, b.extract, b.maxFileSize,
				b.timeLimit, false, false);
	}

	private static final OptionParser PARSER = new OptionParser().flag("--help", "-h").flag("--version", "-V")
			.flag("--quiet", "-q").flag("--no-extract").valued("--dossier", "-d").valued("--json", "-j")
			.valued("--xlsx", "-x").valued("--max-size").valued("--time-limit");

	/** Collects the options as the parser finds them. */
	private static final class Builder implements OptionParser.Handler {
		final List<Path> inputs = new ArrayList<>();
		Path dossier;
		String json;
		Path xlsx;
		boolean quiet;
		boolean extract = true;
		long maxFileSize = ArticleImporter.DEFAULT_MAX_FILE_SIZE;
		long timeLimit = DEFAULT_TIME_LIMIT_SECONDS;
		boolean help;
		boolean version;

		@Override
		public boolean option(String name, String value) throws UsageException {
			switch (name) {
				case "--help" -> help = true;
				case "--version" -> version = true;
				case "--quiet" -> quiet = true;
				case "--no-extract" -> extract = false;
				case "--dossier" -> dossier = path(name, value);
				case "--json" -> json = value;
				case "--xlsx" -> xlsx = path(name, value);
				case "--max-size" -> maxFileSize = megabytes(value);
				case "--time-limit" -> timeLimit = seconds(value);
				default -> throw new IllegalStateException(name);
			}
			return !help && !version;
		}

		@Override
		public void operand(String operand) throws UsageException {
			inputs.add(path("a FILE or DIR", operand));
		}
	}

	/** A path from the command line; a name the file system cannot hold is a usage error, not a crash. */
	static Path path(String what, String value) throws UsageException {
		try {
			return Path.of(value);
		} catch (InvalidPathException e) {
			throw new UsageException(what + " '" + value + "' is not a valid file name (" + e.getReason() + ")");
		}
	}

	private static long seconds(String value) throws UsageException {
		try {
			long seconds = Long.parseLong(value);
			if (seconds < 1 || seconds > TimeLimitedExtraction.MAX.toSeconds()) {
				throw new NumberFormatException();
			}
			return seconds;
		} catch (NumberFormatException e) {
			throw new UsageException("--time-limit wants a whole number of seconds from 1 to 86400, not " + value);
		}
	}

	/** The largest --max-size: a file's bytes are read into one array. */
	static final int MAX_MEGABYTES = 2000;

	private static long megabytes(String value) throws UsageException {
		try {
			double mb = Double.parseDouble(value);
			// At least one byte, at most what one Java array (the file's bytes) can hold.
			if (!(mb * 1024 * 1024 >= 1) || mb > MAX_MEGABYTES) {
				throw new NumberFormatException();
			}
			return (long) (mb * 1024 * 1024);
		} catch (NumberFormatException e) {
			throw new UsageException("--max-size wants a positive number of megabytes (at least one byte, at most "
					+ MAX_MEGABYTES + "), not " + value);
		}
	}
}
