package org.sourcebench.report.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;
import org.sourcebench.report.ReportMessages;

/** What the sheet writers of one export share: the workbook, styles, figures and where each source's row is. */
final class ReportContext {

	final Dossier dossier;
	final SXSSFWorkbook workbook;
	final ReportStyles styles;
	final DossierStatistics statistics;
	final ExcelReportOptions options;
	final ProgressTracker progress;
	final ValidationLists lists = new ValidationLists();
	/** 0-based row of each source on the Sources sheet, for links from claims. */
	final Map<Source, Integer> sourceRows = new HashMap<>();

	ReportContext(Dossier dossier, SXSSFWorkbook workbook, ReportStyles styles, DossierStatistics statistics,
			ExcelReportOptions options, ProgressTracker progress) {
		this.dossier = dossier;
		this.workbook = workbook;
		this.styles = styles;
		this.statistics = statistics;
		this.options = options;
		this.progress = progress;
	}

	/** Creates a streamed sheet named by the message {@code nameKey} and reports the start of its rows. */
	Sheet newSheet(String nameKey) throws ProgressTracker.Cancelled {
		String name = ReportMessages.text(nameKey);
		progress.begin(name);
		Sheet sheet = workbook.createSheet(name);
		PrintLayout.apply(sheet, 1);
		return sheet;
	}
}
