package org.sourcebench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.sourcebench.cli.export.JsonExporter;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.model.Dossier;

/** Writing the exports, shared by {@code analyze} and {@code export}. */
final class Outputs {

	private Outputs() {
	}

	/**
	 * Writes the JSON export atomically ({@link AtomicFileWriter}), or to {@code out} for {@code "-"}.
	 *
	 * @return {@link ExitCodes#OK}, or {@link ExitCodes#OUTPUT_FAILED} after reporting the error
	 */
	static int writeJson(Dossier dossier, String target, PrintStream out, ProgressReporter progress) {
		JsonExporter exporter = new JsonExporter();
		try {
			if (target.equals("-")) {
				exporter.write(dossier, out);
				out.flush();
			} else {
				AtomicFileWriter.write(Path.of(target), false, stream -> exporter.write(dossier, stream));
			}
			return ExitCodes.OK;
		} catch (IOException e) {
			progress.error(e.getMessage());
			return ExitCodes.OUTPUT_FAILED;
		}
	}
}
