package org.sourcebench.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.preferences.HighlightPreferences;

/** Starts article imports into an open dossier and reports their outcome when they end. */
public final class ArticleImports {

	private ArticleImports() {
	}

	/**
	 * Schedules an {@link ImportArticlesJob} into {@code context}'s dossier.
	 *
	 * @param showResult whether to show the summary and per-file problems in a dialog at the end
	 * @return the scheduled job
	 */
	public static ImportArticlesJob start(DossierContext context, List<Path> inputs, boolean extract, boolean showResult) {
		ImportArticlesJob job = new ImportArticlesJob(ElementLabels.text(context.getDossier()), context.getEditingDomain(),
				context.getDossier(), inputs, extract, HighlightPreferences.defaultReliability());
		if (showResult) {
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					IStatus result = event.getResult();
					if (result != null && result.getSeverity() != IStatus.CANCEL && PlatformUI.isWorkbenchRunning()) {
						Display display = PlatformUI.getWorkbench().getDisplay();
						display.asyncExec(() -> show(display.getActiveShell(), result));
					}
				}
			});
		}
		job.schedule();
		return job;
	}

	/** Shows an import's summary, with the problems as details when there are any. */
	static void show(Shell shell, IStatus result) {
		if (result.isMultiStatus() && result.getChildren().length > 0) {
			ErrorDialog.openError(shell, Messages.Import_doneTitle, null, result,
					IStatus.OK | IStatus.INFO | IStatus.WARNING | IStatus.ERROR);
		} else {
			MessageDialog.openInformation(shell, Messages.Import_doneTitle, result.getMessage());
		}
	}
}
