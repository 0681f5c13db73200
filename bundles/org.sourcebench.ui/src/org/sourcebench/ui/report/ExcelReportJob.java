package org.sourcebench.ui.report;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.sourcebench.model.Dossier;
import org.sourcebench.report.ReportCancelledException;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.ExcelReportWriter;

/**
 * Writes the Excel report in the background with progress and cancel. It works on a snapshot of the dossier
 * (see {@link ExcelReportExportWizard}), so the analyst can go on editing while a large report is written. A
 * failure is returned as an error status naming the file, which the platform shows; a cancelled export leaves
 * the file as it was.
 */
final class ExcelReportJob extends Job {

	static final String PLUGIN_ID = "org.sourcebench.ui";
	private static final int WORK = 1_000;

	private final Dossier snapshot;
	private final Path target;

	ExcelReportJob(Dossier snapshot, Path target) {
		super(NLS.bind(Messages.ExportJob_name, target.getFileName()));
		this.snapshot = snapshot;
		this.target = target;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), WORK);
		try {
			new ExcelReportWriter().write(snapshot, target, new MonitorProgress(monitor));
			return new Status(IStatus.OK, PLUGIN_ID, NLS.bind(Messages.ExportJob_done, target));
		} catch (ReportCancelledException e) {
			return Status.CANCEL_STATUS;
		} catch (ReportException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	/** Turns the writer's row counts into monitor work and passes cancellation back. */
	private static final class MonitorProgress implements ReportProgress {

		private final IProgressMonitor monitor;
		private String task;
		private int reported;

		MonitorProgress(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void update(String taskName, long done, long total) {
			if (!taskName.equals(task)) {
				task = taskName;
				monitor.subTask(taskName);
			}
			int now = total <= 0 ? WORK : (int) Math.min(WORK, done * WORK / total);
			if (now > reported) {
				monitor.worked(now - reported);
				reported = now;
			}
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled();
		}
	}
}
