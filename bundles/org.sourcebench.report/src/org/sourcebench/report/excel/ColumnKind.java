package org.sourcebench.report.excel;

/** What a report column holds, which decides its cell style and how its width is fitted. */
enum ColumnKind {
	/** A stable identifier, hidden from the analyst; the round trip matches rows by it. */
	ID(38),
	/** Short text on one line. */
	TEXT(40),
	/** Long text (claims, evidence, titles), wrapped within a capped width. */
	LONG_TEXT(70),
	/** A whole number. */
	INTEGER(14),
	/** A decimal number. */
	DECIMAL(14),
	/** A calendar date. */
	DATE(12),
	/** A date and time. */
	DATE_TIME(17),
	/** A clickable link. */
	LINK(50);

	/** Widest the column gets, in characters, however long its content. */
	final int maxWidth;

	ColumnKind(int maxWidth) {
		this.maxWidth = maxWidth;
	}
}
