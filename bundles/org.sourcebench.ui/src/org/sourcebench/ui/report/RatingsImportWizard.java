package org.sourcebench.ui.report;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.roundtrip.ExcelRatingsReader;
import org.sourcebench.report.roundtrip.ImportIssue;
import org.sourcebench.report.roundtrip.RatingsImport;

/**
 * File &gt; Import &gt; Ratings from Excel…: reads ratings and statuses edited in a report back into the active
 * editor's dossier. The workbook is read with the wizard's progress bar (cancellable); the accepted changes are
 * executed as one command on the dossier's command stack, so Edit &gt; Undo takes the whole import back; rows that
 * conflict with later changes or no longer match the dossier are listed afterwards.
 */
public class RatingsImportWizard extends Wizard implements IImportWizard {

	private ActiveDossier active;
	private ReportFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		active = ActiveDossier.find(workbench);
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		String name = active == null ? Messages.ActiveDossier_unnamed : active.name();
		page = new ReportFilePage(NLS.bind(Messages.ImportWizard_pageTitle, name), Messages.ImportWizard_pageDescription, false, active, null);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.path();
		if (active == null || file == null) {
			return false;
		}
		RatingsImport[] result = new RatingsImport[1];
		try {
			// The dialog is modal, so the dossier cannot change while the workbook is read on another thread.
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.ImportWizard_reading, file.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					result[0] = new ExcelRatingsReader().read(file, active.dossier(), active.domain());
				} catch (ReportException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ErrorDialog.openError(getShell(), Messages.ImportWizard_title, Messages.ImportWizard_failed,
					new Status(IStatus.ERROR, ExcelReportJob.PLUGIN_ID, cause.getMessage(), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		apply(result[0]);
		return true;
	}

	private void apply(RatingsImport result) {
		if (result.hasChanges()) {
			active.domain().getCommandStack().execute(result.command());
		}
		String summary = result.hasChanges() ? NLS.bind(Messages.ImportWizard_applied, result.changeCount()) : Messages.ImportWizard_nothing;
		if (result.issues().isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.ImportWizard_resultTitle, summary);
			return;
		}
		MultiStatus details = new MultiStatus(ExcelReportJob.PLUGIN_ID, 0, summary + "\n" + NLS.bind(Messages.ImportWizard_issues, result.issues().size()));
		for (ImportIssue issue : result.issues()) {
			details.add(new Status(IStatus.WARNING, ExcelReportJob.PLUGIN_ID, issue.message()));
		}
		ErrorDialog.openError(getShell(), Messages.ImportWizard_resultTitle, null, details, IStatus.WARNING | IStatus.INFO);
	}
}
