/**
 * Reading ratings edited in Excel back into a dossier as one undoable command:
 * {@link org.sourcebench.report.roundtrip.ExcelRatingsReader}, its result
 * {@link org.sourcebench.report.roundtrip.RatingsImport} and the rows not applied,
 * {@link org.sourcebench.report.roundtrip.ImportIssue}.
 */
package org.sourcebench.report.roundtrip;
