package org.sourcebench.report.roundtrip;

/**
 * The cells of one data row that the round trip reads.
 *
 * @param row      the row number as Excel shows it
 * @param id       the hidden id, stripped; empty if none
 * @param value    the rating or status as typed; empty if none
 * @param baseline the value at export time, from its hidden column; empty if none
 */
record SheetRow(int row, String id, String value, String baseline) {
}
