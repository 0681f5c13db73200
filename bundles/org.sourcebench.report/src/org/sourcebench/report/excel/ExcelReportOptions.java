package org.sourcebench.report.excel;

import java.time.Instant;

/**
 * Settings of an {@link ExcelReportWriter}; {@link #defaults()} suits the workbench and the CLI.
 *
 * @param exportTime       the time shown as the export date; null means "now" at each write (tests fix it)
 * @param rowAccessWindow  rows SXSSF keeps in memory per sheet before flushing them to a temporary file
 * @param matrixActorLimit most actors in the actor × actor matrix (the most connected ones); Excel allows
 *                         16,384 columns, and a matrix wider than a few hundred is unreadable anyway
 * @param topActors        actors listed under "most connected" on the summary
 */
public record ExcelReportOptions(Instant exportTime, int rowAccessWindow, int matrixActorLimit, int topActors) {

	/** Checks the values. */
	public ExcelReportOptions {
		if (rowAccessWindow < 1) {
			throw new IllegalArgumentException("rowAccessWindow must be at least 1: " + rowAccessWindow);
		}
		if (matrixActorLimit < 1 || matrixActorLimit > 16_000) {
			throw new IllegalArgumentException("matrixActorLimit must be in 1..16000: " + matrixActorLimit);
		}
		if (topActors < 0) {
			throw new IllegalArgumentException("topActors must not be negative: " + topActors);
		}
	}

	/** @return export time now, 100 rows in memory, a matrix of at most 200 actors, 10 top actors */
	public static ExcelReportOptions defaults() {
		return new ExcelReportOptions(null, 100, 200, 10);
	}

	/** @return these options with a fixed export time */
	public ExcelReportOptions withExportTime(Instant time) {
		return new ExcelReportOptions(time, rowAccessWindow, matrixActorLimit, topActors);
	}

	/** @return these options with another matrix size limit */
	public ExcelReportOptions withMatrixActorLimit(int limit) {
		return new ExcelReportOptions(exportTime, rowAccessWindow, limit, topActors);
	}
}
