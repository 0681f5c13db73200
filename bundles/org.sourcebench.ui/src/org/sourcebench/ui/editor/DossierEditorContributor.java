package org.sourcebench.ui.editor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's global Undo and Redo to the active dossier editor's command stack (editors of one
 * type share their action bars, so the contributor switches the domain as editors are activated), and Find
 * (Ctrl+F) to its reader's find bar.
 */
public class DossierEditorContributor extends EditorActionBarContributor {

	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();
	private DossierEditor active;
	/** Edit > Find/Replace (Ctrl+F): the active dossier editor's find bar. */
	private final org.eclipse.jface.action.Action find = new org.eclipse.jface.action.Action() {
		@Override
		public void run() {
			if (active != null && active.getReader() != null) {
				active.getReader().getFindBar().open();
			}
		}
	};

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), find);
	}

	@Override
	public void setActiveEditor(IEditorPart editor) {
		EditingDomain domain = editor == null ? null : editor.getAdapter(EditingDomain.class);
		undo.setEditingDomain(domain);
		redo.setEditingDomain(domain);
		active = editor instanceof DossierEditor dossierEditor ? dossierEditor : null;
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		undo.setEditingDomain(null);
		redo.setEditingDomain(null);
		super.dispose();
	}
}
