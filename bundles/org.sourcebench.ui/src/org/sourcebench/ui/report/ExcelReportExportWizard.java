package org.sourcebench.ui.report;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.sourcebench.model.Dossier;
import org.sourcebench.ui.editor.ExportFolders;

/**
 * File &gt; Export &gt; Excel Report…: asks where to write the report of the active editor's dossier and writes it
 * with an {@link ExcelReportJob}.
 */
public class ExcelReportExportWizard extends Wizard implements IExportWizard {

	private ActiveDossier active;
	private ReportFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		active = ActiveDossier.find(workbench);
		setWindowTitle(Messages.ExportWizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		String name = active == null ? Messages.ActiveDossier_unnamed : active.name();
		// Next to the dossier, named after it: where the analyst looks for it; for a dossier in a hidden folder (the
		// sample, in the workspace metadata) the last export folder or Documents instead.
		Path folder = ExportFolders.defaultFor(active == null ? null : active.file());
		String initial = folder.resolve(safeFileName(name) + ".xlsx").toString();
		page = new ReportFilePage(NLS.bind(Messages.ExportWizard_pageTitle, name), Messages.ExportWizard_pageDescription, true, active,
				initial);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.path();
		if (active == null || target == null) {
			return false;
		}
		// A copy made here, on the display thread where every edit happens, is a consistent snapshot the job can
		// read while the analyst goes on working. Ids are attributes, so the copy keeps them for the round trip.
		Dossier snapshot = EcoreUtil.copy(active.dossier());
		ExcelReportJob job = new ExcelReportJob(snapshot, target);
		ExportFolders.remember(target);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getResult().isOK() && org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
					org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
					// Says where the file went: the analyst may not have read the path in the wizard.
					display.asyncExec(() -> org.eclipse.jface.dialogs.MessageDialog.openInformation(display.getActiveShell(),
							Messages.ExportJob_doneTitle, NLS.bind(Messages.ExportJob_done, target)));
				}
			}
		});
		job.schedule();
		return true;
	}

	/** @return {@code name} without characters file systems refuse */
	static String safeFileName(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return safe.isEmpty() ? "report" : safe;
	}
}
