package org.sourcebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SourcebenchCliTest {

	@Test
	void helpShowsUsageOptionsExitCodesAndExamples() {
		CliRun run = CliRun.of("analyze", "--help");

		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().startsWith("Usage: sourcebench analyze [OPTIONS] FILE|DIR..."), run.out());
		for (String part : new String[] { "--dossier", "--json", "--xlsx", "--quiet", "--version", "Exit codes:",
			"  3  no article could be imported", "Examples:" }) {
			assertTrue(run.out().contains(part), part);
		}
		assertTrue(run.out().contains("sourcebench export [--json FILE] DOSSIER.sbx"));
		for (String form : new String[] { "--help", "-help", "-h", "help" }) {
			CliRun other = CliRun.of(form);
			assertEquals(ExitCodes.OK, other.exitCode(), form);
			assertEquals(run.out(), other.out(), form);
		}
	}

	@ParameterizedTest
	@CsvSource({ "--version", "-version", "-V", "analyze --version" })
	void versionNamesTheProduct(String commandLine) {
		CliRun run = CliRun.of(commandLine.split(" "));

		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().matches("sourcebench \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
	}

	@Test
	void noArgumentsShowsTheUsageOnStandardError() {
		CliRun run = CliRun.of();

		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().startsWith("Usage:"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"analyze|no FILE or DIR to analyze",
		"analyze --frobnicate x.txt|unknown option --frobnicate",
		"analyze --json|--json needs a value",
		"analyze --dossier --json x.json in|--dossier needs a value",
		"analyze --dossier out.json x.txt|--dossier out.json: a dossier file name ends with .sbx",
		"analyze --max-size lots x.txt|--max-size wants a positive number of megabytes",
		"analyze --max-size 1e-9 x.txt|--max-size wants a positive number of megabytes",
		"analyze --max-size=1e12 x.txt|--max-size wants a positive number of megabytes",
		"analyze --time-limit 0 x.txt|--time-limit wants a whole number of seconds",
		"analyze --quiet=yes x.txt|--quiet takes no value",
		"export --json=a.json --xlsx= d.sbx|--xlsx needs a value",
		"export a.sbx b.sbx --json x|export takes one dossier, not a.sbx and b.sbx",
		"analyse x.txt|unknown command analyse" })
	void usageErrorsSayWhatIsWrong(String commandLine, String message) {
		CliRun run = CliRun.of(commandLine.split(" "));

		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("sourcebench: " + message), run.err());
		assertEquals("", run.out());
	}

	@Test
	void exportOptionsGoThroughTheSameParser() throws UsageException {
		ExportOptions options = ExportOptions.parse(java.util.List.of("--json=out.json", "-x", "r.xlsx", "-q", "d.sbx"));

		assertEquals(java.nio.file.Path.of("d.sbx"), options.dossier());
		assertEquals("out.json", options.json());
		assertEquals(java.nio.file.Path.of("r.xlsx"), options.xlsx());
		assertTrue(options.quiet());
		assertEquals(7L, AnalyzeOptions.parse(java.util.List.of("--time-limit=7", "a.txt")).timeLimit());
	}

	@Test
	void optionsParseInBothForms() throws UsageException {
		AnalyzeOptions options = AnalyzeOptions.parse(java.util.List.of("--dossier=a.sbx", "-j", "-", "--max-size", "2",
				"-q", "--no-extract", "--", "--odd-name.txt", "b"));

		assertEquals(java.nio.file.Path.of("a.sbx"), options.dossier());
		assertEquals("-", options.json());
		assertEquals(2L * 1024 * 1024, options.maxFileSize());
		assertTrue(options.quiet());
		assertTrue(!options.extract());
		assertEquals(java.util.List.of(java.nio.file.Path.of("--odd-name.txt"), java.nio.file.Path.of("b")),
				options.inputs());
	}
}
