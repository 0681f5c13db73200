package org.sourcebench.report.excel;

import java.io.IOException;

import org.sourcebench.report.ReportProgress;

/**
 * Counts rows as they are written, passes progress on every {@value #STEP} rows and stops the export when the
 * callback asks to cancel, by throwing {@link Cancelled} through the file writer (which then leaves the target
 * untouched).
 */
final class ProgressTracker {

	private static final int STEP = 1_000;

	/** Thrown to abort the write; an {@link IOException} so it passes through {@code AtomicFileWriter}. */
	static final class Cancelled extends IOException {
		private static final long serialVersionUID = 1L;

		Cancelled() {
			super("cancelled");
		}
	}

	private final ReportProgress progress;
	private final long total;
	private long done;
	private String task = "";

	ProgressTracker(ReportProgress progress, long total) {
		this.progress = progress;
		this.total = total;
	}

	/** Starts a sheet: reports it and checks for cancellation. */
	void begin(String taskName) throws Cancelled {
		task = taskName;
		report();
	}

	/** Counts one row. */
	void row() throws Cancelled {
		if (++done % STEP == 0) {
			report();
		}
	}

	/** Reports completion. */
	void end() {
		progress.update(task, total, total);
	}

	private void report() throws Cancelled {
		progress.update(task, Math.min(done, total), total);
		if (progress.isCancelled()) {
			throw new Cancelled();
		}
	}
}
