package org.sourcebench.analysis.ui.corroboration;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.analysis.dating.EventDating;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.Selections;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.views.DossierViewPart;
import org.sourcebench.ui.views.ElementFilters;

/**
 * Events by the number of independent sources reporting them (reprints count once) and the reliability
 * grades of those sources. Its toolbar's "Merge Corroborating Relationships" ({@link MergeCorroboratingHandler})
 * makes each group of reports of one event (same dyad, same CAMEO root, within {@link org.sourcebench.analysis.corroboration.CorroborationRule#DEFAULT}'s
 * window) one relationship, as one undoable command.
 */
public class CorroborationView extends DossierViewPart {

	private final ISelectionListener selectionListener = this::selectedElsewhere;
	private TableViewer viewer;
	private CorroborationIndex index;

	@Override
	protected void createContents(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Corroboration_columnIndependent, 70, r -> Integer.toString(index.count(r)));
		column(Messages.Corroboration_columnReports, 60, r -> Integer.toString(r.getEvidence().size()));
		column(Messages.Corroboration_columnGrades, 90, r -> index.grades(r));
		column(Messages.Column_from, 120, r -> ElementLabels.name(r.getFrom()));
		column(Messages.Column_event, 180, r -> ElementLabels.eventName(r));
		column(Messages.Column_to, 120, r -> ElementLabels.name(r.getTo()));
		column(Messages.Column_date, 150, r -> Messages.date(EventDating.of(r)));
		column(Messages.Column_status, 80, r -> r.getStatus() == null ? "" : ElementLabels.humanise(r.getStatus().getName()));
		viewer.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
				return ElementFilters.keeps(shownDossier(), element);
			}
		});
		viewer.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof EObject element && getContext() != null) {
				getContext().reveal(element);
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	private void column(String title, int width, Function<Relationship, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Relationship) element);
			}
		});
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		if (dossier == null) {
			viewer.setInput(List.of());
			return;
		}
		index = new CorroborationIndex(dossier);
		List<Relationship> rows = index.byCorroboration();
		viewer.setInput(rows);
		long corroborated = rows.stream().filter(r -> index.count(r) > 1).count();
		setContentDescription(NLS.bind(Messages.Corroboration_description, corroborated, rows.size()));
	}

	private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this || viewer.getTable().isDisposed() || !(viewer.getInput() instanceof List<?> input)) {
			return;
		}
		List<EObject> mine = Selections.elements(selection).stream().filter(input::contains).toList();
		if (!mine.isEmpty() && !mine.equals(viewer.getStructuredSelection().toList())) {
			viewer.setSelection(new StructuredSelection(mine), true);
		}
	}

	/** @return the table */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	protected boolean isDisposed() {
		return viewer == null || viewer.getTable().isDisposed();
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
