package org.sourcebench.diagram.editor;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.actions.RetargetAction;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo, delete, print and zoom for the diagram editor's tool bar and the workbench's global actions, and
 * the Show Unrelated Actors toggle. The zoom drop-down follows the active part: it zooms the diagram editor that
 * is active (its {@code ZoomManager} adapter) and is disabled for other parts.
 */
public class DiagramEditorContributor extends ActionBarContributor {

	@Override
	protected void buildActions() {
		addRetargetAction(new UndoRetargetAction());
		addRetargetAction(new RedoRetargetAction());
		addRetargetAction(new DeleteRetargetAction());
		addRetargetAction(new ZoomInRetargetAction());
		addRetargetAction(new ZoomOutRetargetAction());
		RetargetAction unrelated = new RetargetAction(DiagramActions.SHOW_UNRELATED, Messages.Action_ShowUnrelated, IAction.AS_CHECK_BOX);
		unrelated.setToolTipText(Messages.Action_ShowUnrelated_Tooltip);
		unrelated.setImageDescriptor(KindIcons.unrelated());
		addRetargetAction(unrelated);
	}

	@Override
	protected void declareGlobalActionKeys() {
		addGlobalActionKey(ActionFactory.PRINT.getId());
		addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		toolBar.add(getAction(ActionFactory.UNDO.getId()));
		toolBar.add(getAction(ActionFactory.REDO.getId()));
		toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
		toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
		toolBar.add(new ZoomComboContributionItem(getPage()));
		toolBar.add(getAction(DiagramActions.SHOW_UNRELATED));
	}
}
