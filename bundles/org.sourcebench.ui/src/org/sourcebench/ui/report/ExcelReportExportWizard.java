package org.sourcebench.ui.report;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.sourcebench.model.Dossier;

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
		String initial = Path.of(System.getProperty("user.home"), safeFileName(name) + ".xlsx").toString();
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
		new ExcelReportJob(snapshot, target).schedule();
		return true;
	}

	/** @return {@code name} without characters file systems refuse */
	static String safeFileName(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return safe.isEmpty() ? "report" : safe;
	}
}
