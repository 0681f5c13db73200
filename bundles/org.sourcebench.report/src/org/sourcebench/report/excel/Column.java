package org.sourcebench.report.excel;

import org.sourcebench.report.ReportMessages;

/**
 * One column of a report sheet.
 *
 * @param header the header text
 * @param kind   what the column holds
 * @param hidden whether the analyst does not see it (ids and export-time values for the round trip)
 */
record Column(String header, ColumnKind kind, boolean hidden) {

	/** @return a visible column whose header is the message {@code headerKey} */
	static Column of(String headerKey, ColumnKind kind) {
		return new Column(ReportMessages.text(headerKey), kind, false);
	}

	/** @return a hidden column whose header is the message {@code headerKey} */
	static Column hidden(String headerKey, ColumnKind kind) {
		return new Column(ReportMessages.text(headerKey), kind, true);
	}
}
