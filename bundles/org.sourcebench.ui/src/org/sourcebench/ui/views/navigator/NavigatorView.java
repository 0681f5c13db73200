package org.sourcebench.ui.views.navigator;

import org.sourcebench.ui.SourcebenchUi;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;
import org.sourcebench.ui.views.DossierViewPart;
import org.sourcebench.ui.views.navigator.NavigatorGroup.Kind;
import org.sourcebench.ui.views.tables.ClaimsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/**
 * The dossier at a glance: sources by outlet with reliability badges, actors and locations by kind, and
 * counts. Selecting a source shows it in the reader; double-clicking Claims or Relationships opens their table.
 */
public class NavigatorView extends DossierViewPart {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.NAVIGATOR_VIEW_ID;

	private TreeViewer viewer;
	/** The context menu's group of Open Diagram and Rename (menu contributions go {@code after=} it). */
	public static final String MENU_GROUP_OPEN = "open";
	/** The context menu's group of Delete. */
	public static final String MENU_GROUP_EDIT = "edit";

	@Override
	protected void createContents(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new NavigatorContent());
		viewer.setLabelProvider(new NavigatorLabels());
		viewer.setUseHashlookup(true);
		viewer.setAutoExpandLevel(4);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		// Filled by plugin.xml's contributions to popup:org.sourcebench.ui.views.navigator: Open Diagram and
		// Rename on a diagram, Delete, then what other bundles add.
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> {
			menu.add(new GroupMarker(MENU_GROUP_OPEN));
			menu.add(new Separator(MENU_GROUP_EDIT));
			menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		viewer.getTree().setMenu(manager.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(manager, viewer);
	}

	private void open(Object element) {
		if (isDiagram(element)) {
			openDiagram();
		} else if (element instanceof EObject object && getContext() != null) {
			getContext().reveal(object);
		} else if (element instanceof NavigatorGroup group && (group.kind() == Kind.CLAIMS || group.kind() == Kind.RELATIONSHIPS)) {
			try {
				getSite().getPage().showView(group.kind() == Kind.CLAIMS ? ClaimsView.ID : RelationshipsView.ID);
			} catch (PartInitException e) {
				SourcebenchUiPlugin.log(e.getMessage(), e);
			}
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	/** @return whether {@code element} is one of the dossier's diagrams */
	private boolean isDiagram(Object element) {
		return element instanceof EObject object && getContext() != null && getContext().getDossier().getDiagrams().contains(object);
	}

	/** Opens the selected diagram through the diagram bundle's Open Diagram command (this bundle knows no editor). */
	private void openDiagram() {
		try {
			getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(SourcebenchUi.OPEN_DIAGRAM_COMMAND_ID, null);
		} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.NotHandledException
				| org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.common.NotDefinedException e) {
			SourcebenchUiPlugin.log(e.getMessage(), e);
		}
	}

	@Override
	protected void refresh() {
		Object input = shownDossier();
		if (viewer.getInput() != input) {
			viewer.setInput(input);
		} else if (viewer.getExpandedElements().length == 0) {
			// The first sources of a new dossier arrive after it opened: unfold them like a freshly opened one.
			viewer.refresh();
			viewer.expandToLevel(4);
		} else {
			Object[] expanded = viewer.getExpandedElements();
			viewer.refresh();
			viewer.setExpandedElements(expanded);
		}
	}

	@Override
	protected boolean isDisposed() {
		return viewer == null || viewer.getTree().isDisposed();
	}

	/** @return the tree viewer */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getTree().setFocus();
	}
}
