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
 * The diagram's handler of the workbench's Show in Reader command, labelled "Show Evidence" in the diagram's
 * context menu: the dossier editor comes to the front with the reader at the relationship's evidence, or at the
 * actor's first mention (in the source being read when it mentions the actor, else in the first source that
 * does). Active in the diagram editor, enabled for one selected actor or relationship (plugin.xml); the views'
 * handler of the same command serves the tables.
 */
public class ShowEvidenceHandler extends AbstractHandler {

	/** The command id (declared by the workbench bundle). */
	public static final String ID = "org.sourcebench.ui.commands.showInReader";

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
