package org.sourcebench.analysis.ui.corroboration;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.analysis.corroboration.CorroborationFinder;
import org.sourcebench.analysis.corroboration.CorroborationGroup;
import org.sourcebench.analysis.corroboration.CorroborationRule;
import org.sourcebench.analysis.corroboration.MergeCorroboratingRelationshipsCommand;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.ui.editor.DossierContext;

/**
 * Merge Corroborating Relationships, the Corroboration view's toolbar command: each group of reports of one event
 * (same dyad, same CAMEO root, within {@link CorroborationRule#DEFAULT}'s window) becomes one relationship, in one
 * undoable command on the dossier the view follows. plugin.xml makes it active in that view; it is enabled while
 * the view follows a dossier, and says so when there is nothing to merge.
 */
public class MergeCorroboratingHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(contextOf(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME)) != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		DossierContext dossier = contextOf(part);
		if (dossier == null || dossier.getEditingDomain() == null) {
			return null;
		}
		List<CorroborationGroup> groups = new CorroborationFinder(CorroborationRule.DEFAULT).find(dossier.getDossier());
		if (groups.isEmpty()) {
			MessageDialog.openInformation(part.getSite().getShell(), MergeCorroboratingRelationshipsCommand.LABEL,
					Messages.Corroboration_nothingToMerge);
			return null;
		}
		dossier.getEditingDomain().getCommandStack().execute(new MergeCorroboratingRelationshipsCommand(dossier.getEditingDomain(), groups));
		return null;
	}

	private static DossierContext contextOf(Object part) {
		return part instanceof IWorkbenchPart workbenchPart ? workbenchPart.getAdapter(DossierContext.class) : null;
	}
}
