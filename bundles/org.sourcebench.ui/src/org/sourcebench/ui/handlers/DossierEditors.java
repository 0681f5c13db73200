package org.sourcebench.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
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

    /** @return the active dossier editor's context in {@code window}, or null */
    public static DossierContext active(IWorkbenchWindow window) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        return editor == null ? null : editor.getAdapter(DossierContext.class);
    }
}
