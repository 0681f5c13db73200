/**
 * The Excel report in the workbench: File &gt; Export &gt; Excel Report… ({@link org.sourcebench.ui.report.ExcelReportExportWizard},
 * written by a {@link org.sourcebench.ui.report.ExcelReportJob}) and File &gt; Import &gt; Ratings from Excel…
 * ({@link org.sourcebench.ui.report.RatingsImportWizard}). Both work on the dossier of the active editor, found
 * through {@link org.sourcebench.ui.report.ActiveDossier}.
 */
package org.sourcebench.ui.report;
