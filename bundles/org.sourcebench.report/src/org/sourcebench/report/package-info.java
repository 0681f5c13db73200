/**
 * Reports on a dossier: Excel export ({@link org.sourcebench.report.excel.ExcelReportWriter}), reading ratings
 * edited in Excel back ({@link org.sourcebench.report.roundtrip.ExcelRatingsReader}), and what they share:
 * {@link org.sourcebench.report.ReportException}, {@link org.sourcebench.report.ReportProgress}. No UI and no
 * OSGi services: usable from the workbench, the CLI and a plain JVM.
 */
package org.sourcebench.report;
