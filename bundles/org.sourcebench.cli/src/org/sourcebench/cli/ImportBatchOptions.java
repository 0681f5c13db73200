package org.sourcebench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.sourcebench.batch.BatchSelection;

/**
 * The parsed command line of {@code sourcebench import-batch PARQUET_DIR --dossier D.sbx [--where outlet=NAME]
 * [--from DATE] [--to DATE] [--actor NAME] [--json FILE] [--quiet]}.
 *
 * @param batch the Spark job's output folder
 * @param dossier the dossier to create or add to
 * @param selection which articles to import
 * @param json where to write the JSON export of the dossier afterwards, or {@code null}
 * @param quiet whether to print only errors
 * @param help whether {@code --help} was given
 */
record ImportBatchOptions(Path batch, Path dossier, BatchSelection selection, String json, boolean quiet,
		boolean help) {

	static ImportBatchOptions parse(List<String> args) throws UsageException {
		Path[] batch = { null };
		Path[] dossier = { null };
		String[] where = { null };
		LocalDate[] range = { null, null };
		String[] actor = { null };
		String[] json = { null };
		boolean[] flags = { false, false };
		PARSER.parse(args, new OptionParser.Handler() {
			@Override
			public boolean option(String name, String value) throws UsageException {
				switch (name) {
					case "--help" -> flags[1] = true;
					case "--quiet" -> flags[0] = true;
					case "--dossier" -> dossier[0] = AnalyzeOptions.path(name, value);
					case "--where" -> where[0] = outlet(value);
					case "--from" -> range[0] = date(name, value);
					case "--to" -> range[1] = date(name, value);
					case "--actor" -> actor[0] = value;
					case "--json" -> json[0] = value;
					default -> throw new IllegalStateException(name);
				}
				return !flags[1];
			}

			@Override
			public void operand(String operand) throws UsageException {
				if (batch[0] != null) {
					throw new UsageException("import-batch takes one PARQUET_DIR, not " + batch[0] + " and " + operand);
				}
				batch[0] = AnalyzeOptions.path("the PARQUET_DIR", operand);
			}
		});
		if (flags[1]) {
			return new ImportBatchOptions(null, null, null, null, false, true);
		}
		if (batch[0] == null) {
			throw new UsageException("no PARQUET_DIR (the output folder of the Spark job) to import");
		}
		if (dossier[0] == null) {
			throw new UsageException("import-batch needs --dossier FILE.sbx");
		}
		if (range[0] != null && range[1] != null && range[1].isBefore(range[0])) {
			throw new UsageException("--to " + range[1] + " is before --from " + range[0]);
		}
		return new ImportBatchOptions(batch[0], dossier[0], new BatchSelection(where[0], range[0], range[1], actor[0]),
				json[0], flags[0], false);
	}

	/** {@code outlet=NAME}: the one field a batch can be filtered on by value. */
	private static String outlet(String value) throws UsageException {
		if (!value.startsWith("outlet=") || value.length() == "outlet=".length()) {
			throw new UsageException("--where takes outlet=NAME, not '" + value + "'");
		}
		return value.substring("outlet=".length());
	}

	private static LocalDate date(String option, String value) throws UsageException {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException(option + " takes a date as YYYY-MM-DD, not '" + value + "'");
		}
	}

	private static final OptionParser PARSER = new OptionParser().flag("--help", "-h").flag("--quiet", "-q")
			.valued("--dossier", "-d").valued("--where", "-w").valued("--from").valued("--to")
			.valued("--actor").valued("--json", "-j");
}
