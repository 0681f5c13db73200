package org.sourcebench.ui.views.tables;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.sourcebench.model.Dossier;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.views.DossierViewPart;

/**
 * A table of one kind of dossier element: sortable columns (click a header, again to reverse), a filter box
 * matching any column, double-click to read the element's evidence, a context menu of commands and Delete.
 * Subclasses name the elements and columns and add their commands.
 */
public abstract class ElementTableView extends DossierViewPart {

	private TableViewer viewer;
	private Text filter;
	private List<ColumnSpec> columns;
	private final org.eclipse.ui.ISelectionListener selectionListener = this::selectedElsewhere;
	private final Runnable filterListener = () -> {
		if (!isDisposed()) {
			viewer.refresh();
			updateDescription();
		}
	};

	/** @return the columns, left to right */
	protected abstract List<ColumnSpec> columns();

	/** @return the elements of {@code dossier} this table lists */
	protected abstract List<?> elements(Dossier dossier);

	/** @return e.g. "12 actors" */
	protected abstract String countLabel(int shown, int total);

	/** The context menu's group of Show in Reader (menu contributions go {@code after=} it). */
	public static final String MENU_GROUP_OPEN = "open";
	/** The context menu's group of the table's own commands (Merge Actors, Confirm, Reject). */
	public static final String MENU_GROUP_COMMANDS = "commands";
	/** The context menu's group of Delete. */
	public static final String MENU_GROUP_EDIT = "edit";

	@Override
	protected void createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(root);
		filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Table_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

		viewer = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		columns = columns();
		for (ColumnSpec spec : columns) {
			addColumn(spec);
		}
		viewer.addFilter(new TextFilter());
		// another view's filter on the dossier (the timeline's brushed time range)
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return org.sourcebench.ui.views.ElementFilters.keeps(shownDossier(), element);
			}
		});
		org.sourcebench.ui.views.ElementFilters.addListener(filterListener);
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			updateDescription();
		});
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof EObject element && getContext() != null) {
				getContext().reveal(element);
			}
		});
		getSite().setSelectionProvider(viewer);
		hookContextMenu();
		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	private void addColumn(ColumnSpec spec) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(spec.title());
		column.getColumn().setWidth(spec.width());
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return spec.text().apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return spec.image() == null ? null : spec.image().apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return spec.tooltip() == null ? null : spec.tooltip().apply(element);
			}
		});
		if (spec.editing() != null) {
			column.setEditingSupport(spec.editing().apply(viewer));
		}
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), spec));
	}

	/** Sorts by {@code spec}; a second click on the same header reverses the order. */
	void sortBy(TableColumn column, ColumnSpec spec) {
		Table table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = spec.order().compare(a, b);
				return direction == SWT.UP ? order : -order;
			}
		});
	}

	/**
	 * The context menu is made of groups that plugin.xml's menu contributions fill
	 * ({@code popup:<view id>?after=commands}): Show in Reader, the table's commands, Delete, then what other
	 * bundles add.
	 */
	private void hookContextMenu() {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> {
			menu.add(new GroupMarker(MENU_GROUP_OPEN));
			menu.add(new Separator(MENU_GROUP_COMMANDS));
			menu.add(new Separator(MENU_GROUP_EDIT));
			menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		viewer.getTable().setMenu(manager.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(manager, viewer);
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		viewer.setInput(dossier == null ? List.of() : elements(dossier));
		updateDescription();
	}

	private void updateDescription() {
		if (getContext() == null) {
			return;
		}
		int total = ((List<?>) viewer.getInput()).size();
		int shown = viewer.getTable().getItemCount();
		setContentDescription(countLabel(shown, total));
	}

	/** Selects elements of this table that another part selected, so that every view shows the same element. */
	private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this || viewer.getTable().isDisposed() || !(selection instanceof IStructuredSelection structured)
				|| structured.isEmpty() || !(viewer.getInput() instanceof List<?> input)) {
			return;
		}
		// Elements of other parts may be edit parts of the diagram that adapt to their model element.
		List<?> mine = ((List<?>) structured.toList()).stream().map(o -> org.eclipse.core.runtime.Adapters.adapt(o, EObject.class))
				.filter(o -> o != null && input.contains(o)).toList();
		if (!mine.isEmpty() && !mine.equals(viewer.getStructuredSelection().toList())) {
			viewer.setSelection(new StructuredSelection(mine), true);
		}
	}

	@Override
	protected boolean isDisposed() {
		return viewer == null || viewer.getTable().isDisposed();
	}

	/** @return the table viewer */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the filter box */
	public Text getFilter() {
		return filter;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		org.sourcebench.ui.views.ElementFilters.removeListener(filterListener);
		super.dispose();
	}

	/** @return "{shown} of {total} {noun}" or "{total} {noun}" when nothing is filtered out */
	protected static String count(int shown, int total, String noun) {
		return shown == total ? NLS.bind(Messages.Table_count, total, noun) : NLS.bind(Messages.Table_countFiltered,
				new Object[] { shown, total, noun });
	}

	/** Keeps the rows whose text in any column contains the filter text, ignoring case. */
	private final class TextFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parentElement, Object element) {
			String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
			if (wanted.isEmpty()) {
				return true;
			}
			for (ColumnSpec spec : columns) {
				String text = spec.text().apply(element);
				if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
					return true;
				}
			}
			return false;
		}
	}
}
