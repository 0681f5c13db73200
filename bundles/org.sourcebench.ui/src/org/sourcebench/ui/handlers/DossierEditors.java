package org.sourcebench.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.editor.DossierEditorInput;
import org.sourcebench.ui.internal.Messages;

/** Opening and creating dossier editors, shared by the menu handlers, the Getting Started view and tests. */
public final class DossierEditors {

	private DossierEditors() {
	}

	/** Opens {@code file} in a dossier editor (or activates the one already open); reports failures. */
	public static DossierEditor open(IWorkbenchPage page, Path file) {
		try {
			IEditorPart editor = page.openEditor(new DossierEditorInput(file), DossierEditor.ID);
			// The navigator replaces Getting Started in the left folder once there is a dossier to show.
			page.showView(SourcebenchUi.NAVIGATOR_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
			page.activate(editor);
			return editor instanceof DossierEditor dossierEditor ? dossierEditor : null;
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Dialog_openFailedTitle, e.getMessage());
			return null;
		}
	}

	/** Writes a new, empty dossier named after the file to {@code file} and opens it. */
	public static DossierEditor create(IWorkbenchPage page, Path file) {
		String name = file.getFileName().toString().replaceFirst("\\.sbx$", "");
		Dossier dossier = Dossiers.newDossier(name);
		try {
			new DossierStore().save(dossier, file);
		} catch (IOException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Dialog_newFailedTitle, e.getMessage());
			return null;
		}
		return open(page, file);
	}

	/**
	 * Shows {@code element} in the source reader of the open dossier editor that holds it: its evidence or
	 * mentions, scrolled into view and selected. For parts of other bundles (a diagram's double-click).
	 *
	 * @return whether an open dossier editor holds the element
	 */
	public static boolean reveal(IWorkbenchPage page, EObject element) {
		Dossier dossier = element == null ? null : Dossiers.dossierOf(element);
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			DossierContext context = editor == null ? null : editor.getAdapter(DossierContext.class);
			if (context != null && dossier != null && context.getDossier() == dossier) {
				context.reveal(element);
				return true;
			}
		}
		return false;
	}

	/** @return the active dossier editor's context in {@code window}, or null */
	public static DossierContext active(IWorkbenchWindow window) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		return editor == null ? null : editor.getAdapter(DossierContext.class);
	}
}
