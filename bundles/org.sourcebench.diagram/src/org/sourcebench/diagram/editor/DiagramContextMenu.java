package org.sourcebench.diagram.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.UpdateAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.model.QuadClass;

/**
 * The diagram's context menu: edit, layout, pin, filter, size, cluster, zoom, export and print, built from the
 * editor's {@link ActionRegistry} (GEF's way). Commands with handlers (Show Evidence) come in through the
 * menu's registration with the workbench (plugin.xml, {@code popup:org.sourcebench.diagram.editor}).
 */
class DiagramContextMenu extends ContextMenuProvider {

	/** Group of the selection's own commands (Show Evidence), at the top of the menu. */
	static final String GROUP_SELECTION = "org.sourcebench.diagram.group.selection";

	private final ActionRegistry registry;

	DiagramContextMenu(EditPartViewer viewer, ActionRegistry registry) {
		super(viewer);
		this.registry = registry;
	}

	@Override
	public void buildContextMenu(IMenuManager menu) {
		menu.add(new Separator(GROUP_SELECTION));
		GEFActionConstants.addStandardActionGroups(menu);
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId(), true);
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId(), true);
		add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId(), true);

		for (LayoutService.Style style : LayoutService.Style.values()) {
			add(menu, GEFActionConstants.GROUP_VIEW, DiagramActions.LAYOUT + style.name(), true);
		}
		add(menu, GEFActionConstants.GROUP_VIEW, DiagramActions.PIN, false);

		MenuManager filter = new MenuManager(Messages.Action_Filter);
		filter.add(updated(DiagramActions.ALL_QUAD_CLASSES));
		for (QuadClass quad : QuadClass.values()) {
			filter.add(updated(DiagramActions.QUAD_CLASS + quad.name()));
		}
		filter.add(new Separator());
		for (int min = 1; min <= DiagramActions.MAX_MIN_CORROBORATION; min++) {
			filter.add(updated(DiagramActions.MIN_CORROBORATION + min));
		}
		filter.add(new Separator());
		filter.add(updated(DiagramActions.SHOW_UNRELATED));
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, filter);

		MenuManager sizeBy = new MenuManager(Messages.Action_SizeBy);
		for (DiagramEditPart.SizeBy choice : DiagramEditPart.SizeBy.values()) {
			sizeBy.add(updated(DiagramActions.SIZE_BY + choice.name()));
		}
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, sizeBy);
		add(menu, GEFActionConstants.GROUP_VIEW, DiagramActions.SHOW_CLUSTER, false);
		add(menu, GEFActionConstants.GROUP_VIEW, DiagramActions.SHOW_ALL_CLUSTERS, false);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN, true);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT, true);

		add(menu, GEFActionConstants.GROUP_SAVE, DiagramActions.EXPORT_PNG, true);
		add(menu, GEFActionConstants.GROUP_SAVE, DiagramActions.EXPORT_SVG, true);
		add(menu, GEFActionConstants.GROUP_PRINT, ActionFactory.PRINT.getId(), true);
	}

	/** Adds the registered action {@code id} to {@code group}; one that applies only to some selections only when enabled. */
	private void add(IMenuManager menu, String group, String id, boolean always) {
		IAction action = updated(id);
		if (action != null && (always || action.isEnabled())) {
			menu.appendToGroup(group, action);
		}
	}

	private IAction updated(String id) {
		IAction action = registry.getAction(id);
		if (action instanceof UpdateAction updating) {
			updating.update();
		}
		return action;
	}
}
