package org.sourcebench.cli;

import java.nio.file.Path;

import org.sourcebench.model.Dossier;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.excel.ExcelReportWriter;

/** Writing the Excel report ({@code --xlsx}), shared by {@code analyze} and {@code export}. */
final class ExcelOutput {

	private ExcelOutput() {
	}

	/**
	 * Writes the report atomically: on failure the target keeps its previous content.
	 *
	 * @return {@link ExitCodes#OK}, or {@link ExitCodes#OUTPUT_FAILED} after reporting the error
	 */
	static int write(Dossier dossier, Path target, ProgressReporter progress) {
		try {
			new ExcelReportWriter().write(dossier, target, null);
			return ExitCodes.OK;
		} catch (ReportException e) {
			progress.error(e.getMessage());
			return ExitCodes.OUTPUT_FAILED;
		}
	}
}
