package org.sourcebench.ui.editor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.sourcebench.ui.actions.CommandStackAction;

/**
 * Connects the workbench's global Undo and Redo to the active dossier editor's command stack (editors of one
 * type share their action bars, so the contributor switches the domain as editors are activated).
 */
public class DossierEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        EditingDomain domain = editor == null ? null : editor.getAdapter(EditingDomain.class);
        undo.setEditingDomain(domain);
        redo.setEditingDomain(domain);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.setEditingDomain(null);
        redo.setEditingDomain(null);
        super.dispose();
    }
}
