package org.sourcebench.ui.importing;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.internal.Messages;

/**
 * File > Import > Sourcebench > Articles: adds article files or folders to the active dossier (or to a new one)
 * and analyses them, in a background job with a progress bar and Cancel; the problems are listed at the end.
 */
public class ImportArticlesWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private DossierContext target;
	private ImportArticlesPage page;

	public ImportArticlesWizard() {
		setWindowTitle(Messages.Import_windowTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
		target = DossierEditors.active(workbench.getActiveWorkbenchWindow());
	}

	@Override
	public void addPages() {
		page = new ImportArticlesPage(target, List.of());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		DossierContext into = target;
		if (into == null) {
			IWorkbenchPage workbenchPage = workbench.getActiveWorkbenchWindow().getActivePage();
			DossierEditor created = DossierEditors.create(workbenchPage, page.getNewDossierFile());
			if (created == null) {
				return false;
			}
			into = created;
		}
		ArticleImports.start(into, page.getInputs(), page.isExtract(), true);
		return true;
	}
}
