package org.sourcebench.ui.views.search;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.model.Source;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.views.DossierViewPart;
import org.sourcebench.ui.views.search.DossierSearch.Hit;

/**
 * Dossier-wide search (Ctrl+H in the reader): type, press Enter, and the hits in source texts, actor names and
 * aliases, locations and claims are listed; double-click (or Enter) opens the reader at the hit.
 */
public class SearchView extends DossierViewPart {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.SEARCH_VIEW_ID;

	private Text query;
	private TableViewer viewer;

	@Override
	protected void createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(root);
		query = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.Search_message);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> refresh());
		viewer = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Search_columnKind, 100, Hit::kind);
		column(Messages.Search_columnElement, 170, h -> ElementLabels.shorten(h.element() instanceof Source source
				? ElementLabels.text(source) : ElementLabels.text(h.element())));
		column(Messages.Search_columnText, 420, Hit::text);
		viewer.addOpenListener(e -> open((Hit) viewer.getStructuredSelection().getFirstElement()));
		getSite().setSelectionProvider(viewer);
	}

	private void column(String title, int width, java.util.function.Function<Hit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Hit) element);
			}
		});
	}

	/** Searches the followed dossier for {@code text} and lists the hits. */
	public void search(String text) {
		query.setText(text == null ? "" : text);
		refresh();
	}

	/** Opens the reader at {@code hit}: the hit's characters in a source, or the element's evidence. */
	public void open(Hit hit) {
		if (hit == null || getContext() == null) {
			return;
		}
		if (hit.element() instanceof Source source && hit.begin() >= 0 && getContext() instanceof DossierEditor editor) {
			getSite().getPage().activate(editor);
			editor.getReader().showRange(source, hit.begin(), hit.end());
		} else {
			getContext().reveal(hit.element());
		}
	}

	@Override
	protected void refresh() {
		List<Hit> hits = DossierSearch.find(shownDossier(), query.getText());
		viewer.setInput(hits);
		if (getContext() != null) {
			setContentDescription(query.getText().isBlank() ? "" : NLS.bind(Messages.Search_count, hits.size()));
		}
	}

	@Override
	protected boolean isDisposed() {
		return viewer == null || viewer.getTable().isDisposed();
	}

	/** @return the hits table */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the query field */
	public Text getQuery() {
		return query;
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}
}
