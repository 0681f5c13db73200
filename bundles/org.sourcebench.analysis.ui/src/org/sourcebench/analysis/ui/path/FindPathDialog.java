package org.sourcebench.analysis.ui.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.analysis.graph.ActorGraph;
import org.sourcebench.analysis.graph.PathFinder;
import org.sourcebench.analysis.graph.RelationshipFilter;
import org.sourcebench.analysis.timeline.Timeline;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.model.Actor;
import org.sourcebench.model.QuadClass;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.views.tables.RelationshipsView;

/**
 * "Find Path": the shortest connection between two actors (fewest steps), optionally only through confirmed
 * relationships or one QuadClass, listed step by step with the relationships that make each step. The path's
 * relationships and actors are selected in the Relationships view, so the other views (and the diagram)
 * follow; double-click a step to read its evidence.
 */
public class FindPathDialog extends Dialog {

	private static final String ANY = Messages.FindPath_anyQuadClass;

	private final DossierContext context;
	private final IWorkbenchPage page;
	private final List<Actor> preset;
	private ComboViewer from;
	private ComboViewer to;
	private Button confirmedOnly;
	private ComboViewer quadClass;
	private TableViewer steps;
	private Label result;
	private List<PathFinder.Step> path;

	public FindPathDialog(Shell shell, DossierContext context, IWorkbenchPage page, List<Actor> preset) {
		super(shell);
		this.context = context;
		this.page = page;
		this.preset = preset;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.FindPath_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		List<Actor> actors = new ArrayList<>(context.getDossier().getActors());
		actors.sort(Comparator.comparing(ElementLabels::name, String.CASE_INSENSITIVE_ORDER));
		from = actorCombo(area, Messages.FindPath_from, actors, preset.size() > 0 ? preset.get(0) : null);
		to = actorCombo(area, Messages.FindPath_to, actors, preset.size() > 1 ? preset.get(1) : null);
		new Label(area, SWT.NONE).setText(Messages.FindPath_through);
		quadClass = new ComboViewer(area, SWT.READ_ONLY);
		quadClass.setContentProvider(ArrayContentProvider.getInstance());
		quadClass.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof QuadClass q ? Timeline.label(q) : ANY;
			}
		});
		List<Object> quads = new ArrayList<>();
		quads.add(ANY);
		quads.addAll(QuadClass.VALUES);
		quadClass.setInput(quads);
		quadClass.setSelection(new StructuredSelection(ANY));
		new Label(area, SWT.NONE);
		confirmedOnly = new Button(area, SWT.CHECK);
		confirmedOnly.setText(Messages.FindPath_confirmedOnly);
		result = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(result);
		steps = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		steps.getTable().setHeaderVisible(true);
		steps.setContentProvider(ArrayContentProvider.getInstance());
		CorroborationIndex corroboration = new CorroborationIndex(context.getDossier());
		column(Messages.Column_from, 130, s -> ElementLabels.name(s.from()));
		column(Messages.Column_to, 130, s -> ElementLabels.name(s.to()));
		column(Messages.FindPath_columnRelationships, 320, s -> String.join("; ", s.relationships().stream()
				.map(r -> ElementLabels.name(r.getFrom()) + " " + ElementLabels.eventName(r) + " " + ElementLabels.name(r.getTo())
						+ " (" + corroboration.count(r) + ")")
				.toList()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 200).applyTo(steps.getTable());
		steps.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof PathFinder.Step step) {
				context.reveal(step.relationships().get(0));
			}
		});
		return area;
	}

	private ComboViewer actorCombo(Composite area, String label, List<Actor> actors, Actor initial) {
		new Label(area, SWT.NONE).setText(label);
		ComboViewer combo = new ComboViewer(area, SWT.READ_ONLY);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ElementLabels.name((Actor) element);
			}
		});
		combo.setInput(actors);
		if (initial != null) {
			combo.setSelection(new StructuredSelection(initial));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo.getControl());
		return combo;
	}

	private void column(String title, int width, java.util.function.Function<PathFinder.Step, String> text) {
		TableViewerColumn column = new TableViewerColumn(steps, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PathFinder.Step) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.PROCEED_ID, Messages.FindPath_find, true);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.PROCEED_ID) {
			find();
		} else {
			setReturnCode(OK);
			close();
		}
	}

	/** Finds the path for the dialog's choices, lists it and selects it in the workbench. */
	public List<PathFinder.Step> find() {
		Actor a = (Actor) from.getStructuredSelection().getFirstElement();
		Actor b = (Actor) to.getStructuredSelection().getFirstElement();
		if (a == null || b == null) {
			result.setText(Messages.FindPath_chooseTwo);
			return null;
		}
		Object quad = quadClass.getStructuredSelection().getFirstElement();
		RelationshipFilter filter = new RelationshipFilter(confirmedOnly.getSelection(), quad instanceof QuadClass q ? q : null);
		path = new PathFinder(new ActorGraph(context.getDossier(), filter)).shortestPath(a, b);
		if (path == null) {
			result.setText(NLS.bind(Messages.FindPath_notConnected, ElementLabels.name(a), ElementLabels.name(b)));
			steps.setInput(List.of());
		} else {
			result.setText(NLS.bind(Messages.FindPath_steps, new Object[] { path.size(), ElementLabels.name(a), ElementLabels.name(b) }));
			steps.setInput(path);
			selectInWorkbench(path);
		}
		result.getParent().layout();
		return path;
	}

	/** Selects the path's actors and relationships in the Relationships view, which the other views follow. */
	private void selectInWorkbench(List<PathFinder.Step> found) {
		List<EObject> elements = new ArrayList<>();
		for (PathFinder.Step step : found) {
			elements.addAll(step.relationships());
		}
		IViewPart view = page.findView(RelationshipsView.ID);
		if (view instanceof RelationshipsView relationships) {
			relationships.getViewer().setSelection(new StructuredSelection(elements), true);
		}
	}

	/** @return the last path found, or null */
	public List<PathFinder.Step> getPath() {
		return path;
	}

	/** @return the From combo (tests) */
	public ComboViewer getFrom() {
		return from;
	}

	/** @return the To combo (tests) */
	public ComboViewer getTo() {
		return to;
	}
}
