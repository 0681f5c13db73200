package org.sourcebench.report;

import java.nio.file.Path;

/** The export was cancelled through {@link ReportProgress#isCancelled()}; the target file was left as it was. */
public class ReportCancelledException extends ReportException {

	private static final long serialVersionUID = 1L;

	/** @param file the workbook that was not written */
	public ReportCancelledException(Path file) {
		super(ReportMessages.text("error.write"), file, ReportMessages.text("error.cancelled"), null);
	}
}
