package org.sourcebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.views.search.SearchView;

/** Search > Dossier (Ctrl+H in the reader): shows the Search view, searching for the reader's selected text. */
public class SearchDossierHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		String selected = editor instanceof DossierEditor dossierEditor ? dossierEditor.getReader().getTextWidget().getSelectionText() : "";
		try {
			SearchView view = (SearchView) page.showView(SourcebenchUi.SEARCH_VIEW_ID);
			if (!selected.isBlank() && selected.indexOf('\n') < 0) {
				view.search(selected.strip());
			}
			view.setFocus();
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
