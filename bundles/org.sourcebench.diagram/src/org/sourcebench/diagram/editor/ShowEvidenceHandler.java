package org.sourcebench.diagram.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * Show Evidence on a diagram's actor or relationship: the dossier editor comes to the front with the reader at
 * the relationship's evidence, or at the actor's first mention (in the source being read when it mentions the
 * actor, else in the first source that does). Enabled for one selected actor or relationship (plugin.xml).
 */
public class ShowEvidenceHandler extends AbstractHandler {

	/** The command id. */
	public static final String ID = "org.sourcebench.diagram.showEvidence";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		EObject element = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1
				? Adapters.adapt(selection.getFirstElement(), EObject.class) : null;
		if (page != null && (element instanceof Actor || element instanceof Relationship)) {
			DossierEditors.reveal(page, element);
		}
		return null;
	}
}
