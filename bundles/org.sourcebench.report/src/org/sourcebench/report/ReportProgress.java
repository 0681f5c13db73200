package org.sourcebench.report;

/**
 * Receives progress of a long export and may cancel it. Deliberately free of {@code IProgressMonitor} so the
 * report bundle runs in a plain JVM; a workbench {@code Job} adapts its monitor in a few lines:
 *
 * <pre>
 * ReportProgress progress = new ReportProgress() {
 *     public void update(String task, long done, long total) { ... monitor.subTask(task); monitor.worked(...) ... }
 *     public boolean isCancelled() { return monitor.isCanceled(); }
 * };
 * </pre>
 *
 * Calls come from the exporting thread, a few hundred times per export at most.
 */
public interface ReportProgress {

	/** Ignores progress and never cancels. */
	ReportProgress NONE = (task, done, total) -> {
	};

	/**
	 * @param task  what is being written, e.g. "Claims"
	 * @param done  rows written so far over the whole export
	 * @param total rows the whole export will write
	 */
	void update(String task, long done, long total);

	/** @return true to stop the export as soon as possible; the target file then stays untouched */
	default boolean isCancelled() {
		return false;
	}
}
