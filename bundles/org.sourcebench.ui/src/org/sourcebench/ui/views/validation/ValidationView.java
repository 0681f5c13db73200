package org.sourcebench.ui.views.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.validation.DossierValidator;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.views.DossierViewPart;

/**
 * The dossier's problems as {@link DossierValidator} finds them, re-checked after every change. Double-click
 * shows the object in the reader and selects it (so the Properties view can fix it).
 */
public class ValidationView extends DossierViewPart {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.VALIDATION_VIEW_ID;

	private TableViewer viewer;

	@Override
	protected void createContents(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(layout, Messages.Column_problem, 70, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Diagnostic) element).getMessage();
			}

			@Override
			public Image getImage(Object element) {
				String key = ((Diagnostic) element).getSeverity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ((Diagnostic) element).getSeverity() == Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
								: ISharedImages.IMG_OBJS_INFO_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Diagnostic) element).getMessage();
			}
		});
		column(layout, Messages.Column_element, 30, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject object = objectOf((Diagnostic) element);
				return object == null ? "" : object.eClass().getName() + ": " + ElementLabels.text(object);
			}
		});
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			EObject object = first instanceof Diagnostic d ? objectOf(d) : null;
			if (object != null && getContext() != null) {
				getContext().reveal(object);
			}
		});
		getSite().setSelectionProvider(viewer);
	}

	private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
	}

	/** @return the object a diagnostic is about (its data's first entry), or null */
	static EObject objectOf(Diagnostic diagnostic) {
		return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject object) ? null : object;
	}

	@Override
	protected void contributeActions(IActionBars bars) {
		Action validate = new Action(Messages.Action_validate) {
			@Override
			public void run() {
				refresh();
			}
		};
		validate.setToolTipText(Messages.Action_validateTooltip);
		validate.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		bars.getToolBarManager().add(validate);
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		List<Diagnostic> problems = new ArrayList<>();
		if (dossier != null) {
			collect(DossierValidator.validate(dossier), problems);
			setContentDescription(problems.isEmpty() ? Messages.Validation_ok : NLS.bind(Messages.Validation_count, problems.size()));
		}
		viewer.setInput(problems);
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				into.add(diagnostic);
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, into));
	}

	@Override
	protected boolean isDisposed() {
		return viewer == null || viewer.getTable().isDisposed();
	}

	/** @return the table of problems */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}
}
