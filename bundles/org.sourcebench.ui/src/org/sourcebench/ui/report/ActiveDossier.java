package org.sourcebench.ui.report;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.sourcebench.model.Dossier;

/**
 * The dossier of the active editor and the editing domain its changes go through. The editor contract: a
 * dossier editor adapts to {@link Dossier} and to {@link EditingDomain} (or is an
 * {@link IEditingDomainProvider}).
 *
 * @param dossier the dossier being edited
 * @param domain  its editing domain, whose command stack makes changes undoable
 * @param file    the dossier's file, or null when the editor does not say
 */
record ActiveDossier(Dossier dossier, EditingDomain domain, java.nio.file.Path file) {

	/** @return the active editor's dossier, or null if no dossier editor is active */
	static ActiveDossier find(IWorkbench workbench) {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page == null ? null : of(page.getActiveEditor());
	}

	/** @return the dossier of {@code editor}, or null if it edits none */
	static ActiveDossier of(IEditorPart editor) {
		if (editor == null) {
			return null;
		}
		Dossier dossier = editor.getAdapter(Dossier.class);
		EditingDomain domain = editor.getAdapter(EditingDomain.class);
		if (domain == null && editor instanceof IEditingDomainProvider provider) {
			domain = provider.getEditingDomain();
		}
		java.nio.file.Path file = editor instanceof org.sourcebench.ui.editor.DossierEditor dossierEditor ? dossierEditor.getFile() : null;
		return dossier == null || domain == null ? null : new ActiveDossier(dossier, domain, file);
	}

	/** @return the dossier's name, for titles and default file names */
	String name() {
		String name = dossier.getName();
		return name == null || name.isBlank() ? Messages.ActiveDossier_unnamed : name;
	}
}
