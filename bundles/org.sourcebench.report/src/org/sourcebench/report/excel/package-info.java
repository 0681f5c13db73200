/**
 * Excel export of a dossier: {@link org.sourcebench.report.excel.ExcelReportWriter} with its
 * {@link org.sourcebench.report.excel.ExcelReportOptions}, and {@link org.sourcebench.report.excel.RatingCells},
 * the cell texts of ratings shared with the round trip.
 */
package org.sourcebench.report.excel;
