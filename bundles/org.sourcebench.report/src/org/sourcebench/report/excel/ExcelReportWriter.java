package org.sourcebench.report.excel;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.model.Dossier;
import org.sourcebench.report.ReportCancelledException;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.ReportMessages;
import org.sourcebench.report.ReportProgress;

/**
 * Writes a dossier as an Excel workbook (.xlsx) an analyst can hand over and edit: sheets Summary (with a
 * chart), Sources, Actors, Locations, Claims, Relationships and an actor × actor matrix; styled and frozen
 * headers, autofilters, fitted widths, wrapped long text, real dates, links (source URLs, claim → source row),
 * drop-downs on ratings and statuses, and hidden stable ids so that
 * {@link org.sourcebench.report.roundtrip.ExcelRatingsReader} can read edited ratings back.
 *
 * <p>Rows are streamed (SXSSF): memory stays bounded by the dossier itself, not by the workbook, so 100,000
 * claims export in a few hundred MB. Text from sources is made safe with
 * {@link org.sourcebench.report.excel.safety.CellText}. The file is written atomically: on failure or
 * cancellation the target keeps its previous content.
 *
 * <pre>
 * new ExcelReportWriter(ExcelReportOptions.defaults()).write(dossier, Path.of("report.xlsx"), ReportProgress.NONE);
 * </pre>
 *
 * Reads the dossier without changing it; call it with the dossier not being edited concurrently (in the
 * workbench, e.g. from a Job with a read-exclusive transaction or on a copy). Instances are immutable and
 * reusable.
 */
public final class ExcelReportWriter {

	private final ExcelReportOptions options;

	/** A writer with {@link ExcelReportOptions#defaults()}. */
	public ExcelReportWriter() {
		this(ExcelReportOptions.defaults());
	}

	/** @param options how to write */
	public ExcelReportWriter(ExcelReportOptions options) {
		this.options = Objects.requireNonNull(options, "options");
	}

	/**
	 * Writes {@code dossier} to {@code target}, replacing it if it exists.
	 *
	 * @param progress receives progress and may cancel; {@link ReportProgress#NONE} for none
	 * @throws ReportCancelledException if {@code progress} cancelled; the target is untouched
	 * @throws ReportException          naming the file and the problem if it cannot be written
	 */
	public void write(Dossier dossier, Path target, ReportProgress progress) throws ReportException {
		Objects.requireNonNull(dossier, "dossier");
		Objects.requireNonNull(target, "target");
		ReportProgress callback = progress == null ? ReportProgress.NONE : progress;
		Instant exportTime = options.exportTime() != null ? options.exportTime() : Instant.now();
		try {
			AtomicFileWriter.write(target, false, out -> writeWorkbook(dossier, exportTime, callback, out));
		} catch (IOException e) {
			if (causedByCancel(e)) {
				throw new ReportCancelledException(target);
			}
			throw new ReportException(ReportMessages.text("error.write"), target, problem(e), e);
		} catch (RuntimeException e) {
			throw new ReportException(ReportMessages.text("error.write"), target, problem(e), e);
		}
	}

	private void writeWorkbook(Dossier dossier, Instant exportTime, ReportProgress callback, OutputStream out) throws IOException {
		DossierStatistics statistics = new DossierStatistics(dossier);
		XSSFWorkbook template = new XSSFWorkbook();
		ReportStyles styles = new ReportStyles(template);
		org.apache.poi.xssf.usermodel.XSSFSheet summary = template.createSheet(ReportMessages.text("sheet.summary"));
		// margins and footer like the other sheets; SummarySheet makes it exactly one page
		PrintLayout.apply(summary, 0);
		SummarySheet.write(summary, styles, dossier, statistics, exportTime, options.topActors());
		long rows = (long) dossier.getSources().size() + dossier.getActors().size() + dossier.getLocations().size()
				+ dossier.getClaims().size() + dossier.getRelationships().size()
				+ Math.min(options.matrixActorLimit(), statistics.connectedActors());
		// no shared strings table: it would hold every string in memory; inline strings stream
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, options.rowAccessWindow(), true, false)) {
			ReportContext context = new ReportContext(dossier, workbook, styles, statistics, options, new ProgressTracker(callback, rows));
			SourcesSheet.write(context);
			ActorsSheet.write(context);
			LocationsSheet.write(context);
			ClaimsSheet.write(context);
			RelationshipsSheet.write(context);
			MatrixSheet.write(context);
			context.lists.writeSheet(workbook);
			workbook.setActiveSheet(0);
			workbook.write(new UnclosableOutputStream(out));
			context.progress.end();
		}
	}

	private static boolean causedByCancel(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ProgressTracker.Cancelled) {
				return true;
			}
		}
		return false;
	}

	/** @return the innermost message, which names the real problem ("No space left on device") */
	private static String problem(Throwable e) {
		Throwable innermost = e;
		while (innermost.getCause() != null && innermost.getCause() != innermost) {
			innermost = innermost.getCause();
		}
		String message = innermost.getMessage();
		return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message;
	}

	/**
	 * POI closes the stream it writes to; the atomic writer still needs its channel afterwards to force the
	 * data to disk.
	 */
	private static final class UnclosableOutputStream extends FilterOutputStream {

		UnclosableOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
