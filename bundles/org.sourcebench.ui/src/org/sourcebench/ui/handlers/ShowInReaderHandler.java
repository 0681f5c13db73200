package org.sourcebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.editor.DossierContext;

/**
 * Show in Reader: the dossier editor shows the evidence of the selected element (its first mention, a claim's
 * quote, a relationship's sentence). plugin.xml enables it for one selected element in a dossier view.
 */
public class ShowInReaderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		DossierContext context = HandlerUtil.getActivePart(event) == null ? null
				: HandlerUtil.getActivePart(event).getAdapter(DossierContext.class);
		if (context != null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof EObject element) {
			context.reveal(element);
		}
		return null;
	}
}
