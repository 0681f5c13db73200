package org.sourcebench.analysis.ui.path;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.Selections;
import org.sourcebench.model.Actor;
import org.sourcebench.ui.editor.DossierContext;

/** "Find Path…": opens {@link FindPathDialog} on the active dossier, the two ends preset from selected actors. */
public class FindPathHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IEditorPart editor = window.getActivePage().getActiveEditor();
		DossierContext context = editor == null ? null : editor.getAdapter(DossierContext.class);
		if (context == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(window.getShell(), Messages.FindPath_title, Messages.FindPath_noDossier);
			return null;
		}
		List<Actor> selected = Selections.elements(window.getSelectionService().getSelection()).stream()
				.filter(Actor.class::isInstance).map(Actor.class::cast).toList();
		new FindPathDialog(window.getShell(), context, window.getActivePage(), selected).open();
		return null;
	}
}
