package org.sourcebench.report.roundtrip;

/**
 * A row of an edited workbook that was not applied, and why.
 *
 * @param kind    what is wrong
 * @param sheet   the sheet's name
 * @param row     the row number as Excel shows it (1 is the header)
 * @param id      the row's id, or the empty string if it has none
 * @param message a sentence for the analyst naming sheet, row and problem
 */
public record ImportIssue(Kind kind, String sheet, int row, String id, String message) {

	/** What is wrong with a row. */
	public enum Kind {
		/** The id matches nothing of the right type in the dossier (deleted or merged since the export). */
		NOT_IN_DOSSIER,
		/** The cell holds something that is not a rating or status. */
		INVALID_VALUE,
		/** Changed both in Sourcebench since the export and in Excel, to different values. */
		CONFLICT,
		/** The same id in several rows with different values. */
		DUPLICATE,
		/** A row with a value but no id. */
		MISSING_ID
	}

	@Override
	public String toString() {
		return message;
	}
}
