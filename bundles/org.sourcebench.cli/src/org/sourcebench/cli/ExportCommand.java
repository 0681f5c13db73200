package org.sourcebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierLoadException;
import org.sourcebench.model.store.DossierStore;

/**
 * {@code sourcebench export}: writes the exports of an existing dossier without importing anything. The
 * dossier is only read.
 */
final class ExportCommand {

	private final ExportOptions options;
	private final PrintStream out;
	private final ProgressReporter progress;

	ExportCommand(ExportOptions options, PrintStream out, PrintStream err) {
		this.options = options;
		this.out = out;
		this.progress = new ProgressReporter(err, options.quiet());
	}

	int run() {
		int exit = ExitCodes.OK;
		Dossier dossier;
		try {
			dossier = new DossierStore().load(options.dossier());
		} catch (DossierLoadException e) {
			progress.error("cannot open the dossier " + options.dossier() + ": " + e.getProblem());
			return ExitCodes.OUTPUT_FAILED;
		}
		if (options.json() != null) {
			int written = Outputs.writeJson(dossier, options.json(), out, progress);
			exit = Math.max(exit, written);
			if (written == ExitCodes.OK && !options.json().equals("-")) {
				progress.info("Wrote " + Path.of(options.json()) + " (" + dossier.getSources().size() + " sources).");
			}
		}
		if (options.xlsx() != null) {
			int written = ExcelOutput.write(dossier, options.xlsx(), progress);
			exit = Math.max(exit, written);
			if (written == ExitCodes.OK) {
				progress.info("Wrote " + options.xlsx() + " (" + dossier.getSources().size() + " sources).");
			}
		}
		return exit;
	}
}
