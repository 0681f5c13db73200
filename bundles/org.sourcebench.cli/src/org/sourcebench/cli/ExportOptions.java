package org.sourcebench.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed command line of {@code sourcebench export}.
 *
 * @param dossier the dossier to export
 * @param json where to write the JSON export, {@code "-"} for standard output, or {@code null}
 * @param xlsx where to write the Excel report, or {@code null}
 * @param quiet whether to print only errors
 * @param help whether {@code --help} was given
 */
record ExportOptions(Path dossier, String json, Path xlsx, boolean quiet, boolean help) {

	/**
	 * @param args the arguments after {@code export}
	 * @return the options
	 * @throws UsageException for an unknown option, a missing value, not exactly one dossier or no output
	 */
	static ExportOptions parse(List<String> args) throws UsageException {
		Builder b = new Builder();
		PARSER.parse(args, b);
		if (b.help) {
			return new ExportOptions(null, null, null, false, true);
		}
		if (b.dossier == null) {
			throw new UsageException("no DOSSIER to export");
		}
		if (b.json == null && b.xlsx == null) {
			throw new UsageException("nothing to export: give --json FILE or --xlsx FILE");
		}
		return new ExportOptions(b.dossier, b.json, b.xlsx, b.quiet, false);
	}

	/** Collects the options as the parser finds them. */
	private static final class Builder implements OptionParser.Handler {
		Path dossier;
		String json;
		Path xlsx;
		boolean quiet;
		boolean help;

		@Override
		public boolean option(String name, String value) throws UsageException {
			switch (name) {
				case "--help" -> help = true;
				case "--quiet" -> quiet = true;
				case "--json" -> json = value;
				case "--xlsx" -> xlsx = AnalyzeOptions.path(name, value);
				default -> throw new IllegalStateException(name);
			}
			return !help;
		}

		@Override
		public void operand(String operand) throws UsageException {
			if (operand.equals("-")) {
				throw new UsageException("unknown option -");
			}
			if (dossier != null) {
				throw new UsageException("export takes one dossier, not " + dossier + " and " + operand);
			}
			dossier = AnalyzeOptions.path("the DOSSIER", operand);
		}
	}

	private static final OptionParser PARSER = new OptionParser().flag("--help", "-h").flag("--quiet", "-q")
			.valued("--json", "-j").valued("--xlsx", "-x");
}
