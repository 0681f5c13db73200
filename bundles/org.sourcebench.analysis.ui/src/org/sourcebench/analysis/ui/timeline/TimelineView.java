package org.sourcebench.analysis.ui.timeline;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.sourcebench.analysis.dating.EventDating;
import org.sourcebench.analysis.timeline.Timeline;
import org.sourcebench.analysis.timeline.Timeline.LaneMode;
import org.sourcebench.analysis.timeline.TimelineItem;
import org.sourcebench.analysis.ui.internal.ElementCanvasView;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.PngExport;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.views.ElementFilters;

/**
 * The Timeline: the dossier's events and claims on a time axis ({@link TimelineCanvas}), undated ones listed
 * below it. Selecting an item selects it in the workbench (the reader, tables and diagram follow); a selection
 * elsewhere is marked here. Brushing a time range (shift-drag) filters the tables to it.
 */
public class TimelineView extends ElementCanvasView<TimelineCanvas> {

	private TimelineCanvas canvas;
	private TableViewer undated;
	private Label undatedLabel;
	private Timeline timeline;
	private Dossier filteredDossier;
	private Action byActor;
	private Action byQuad;

	@Override
	protected void createContents(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		canvas = connect(new TimelineCanvas(sash));
		Composite bottom = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(bottom);
		undatedLabel = new Label(bottom, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(undatedLabel);
		undated = new TableViewer(bottom, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		undated.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(undated.getTable());
		undated.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Timeline_columnUndated, 420, item -> TimelineLabels.title(item));
		column(Messages.Column_sources, 300, item -> sourcesOf(item));
		sash.setWeights(4, 1);

		canvas.onBrush(this::brushed);
		undated.addSelectionChangedListener(e -> {
			if (undated.getStructuredSelection().getFirstElement() instanceof TimelineItem item) {
				select(List.of(item.element()));
			}
		});
		undated.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof TimelineItem item && getContext() != null) {
				getContext().reveal(item.element());
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<TimelineItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(undated, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TimelineItem) element);
			}
		});
	}

	private static String sourcesOf(TimelineItem item) {
		java.util.Set<String> titles = new java.util.LinkedHashSet<>();
		List<org.sourcebench.model.Span> spans = item.element() instanceof Relationship r ? r.getEvidence()
				: item.element() instanceof Claim c && c.getEvidence() != null ? List.of(c.getEvidence()) : List.of();
		for (org.sourcebench.model.Span span : spans) {
			if (span.getSource() != null) {
				titles.add(org.sourcebench.ui.labels.ElementLabels.text(span.getSource()));
			}
		}
		return String.join("; ", titles);
	}

	@Override
	protected void contributeActions(IActionBars bars) {
		IToolBarManager toolBar = bars.getToolBarManager();
		byActor = new Action(Messages.Timeline_lanesPerActor, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					canvas.setLaneMode(LaneMode.ACTOR);
				}
			}
		};
		byQuad = new Action(Messages.Timeline_lanesPerQuadClass, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					canvas.setLaneMode(LaneMode.QUAD_CLASS);
				}
			}
		};
		byQuad.setChecked(true);
		toolBar.add(byActor);
		toolBar.add(byQuad);
		toolBar.add(new Action(Messages.Timeline_zoomToFit) {
			@Override
			public void run() {
				canvas.zoomToFit();
			}
		});
		toolBar.add(new Action(Messages.Timeline_clearFilter) {
			@Override
			public void run() {
				canvas.setBrush(null, null);
			}
		});
		bars.getMenuManager().add(PngExport.action(getSite()::getShell, this::shownDossier, "timeline.png", this::exportPng));
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		if (filteredDossier != null && filteredDossier != dossier) {
			ElementFilters.set(filteredDossier, null);
			filteredDossier = null;
			canvas.setBrush(null, null);
		}
		timeline = dossier == null ? new Timeline(org.sourcebench.model.Dossiers.newDossier("")) : new Timeline(dossier);
		canvas.setTimeline(timeline);
		undated.setInput(timeline.undated());
		undatedLabel.setText(NLS.bind(Messages.Timeline_undated, timeline.undated().size()));
		updateDescription();
	}

	private void brushed(long[] range) {
		Dossier dossier = shownDossier();
		if (dossier == null) {
			return;
		}
		if (range == null) {
			ElementFilters.set(dossier, null);
			filteredDossier = null;
		} else {
			ElementFilters.set(dossier, element -> keeps(element, range));
			filteredDossier = dossier;
		}
		updateDescription();
	}

	/** Events and claims pass when dated within the range; other elements always pass. */
	static boolean keeps(Object element, long[] range) {
		if (element instanceof Relationship r) {
			return Timeline.inRange(EventDating.of(r), range[0], range[1]);
		}
		if (element instanceof Claim c) {
			return Timeline.inRange(EventDating.of(c), range[0], range[1]);
		}
		return true;
	}

	private void updateDescription() {
		if (getContext() == null || timeline == null) {
			return;
		}
		long[] brush = canvas.getBrush();
		setContentDescription(brush == null ? NLS.bind(Messages.Timeline_description, timeline.dated().size(), timeline.undated().size())
				: NLS.bind(Messages.Timeline_descriptionFiltered, new Object[] { timeline.dated().size(), timeline.undated().size(),
						LocalDate.ofEpochDay(brush[0]), LocalDate.ofEpochDay(brush[1]) }));
	}

	/** An exported timeline is at least 800 × 400 pixels, also from a small view. */
	@Override
	protected Point exportSize(Point onScreen) {
		return new Point(Math.max(onScreen.x, 800), Math.max(onScreen.y, 400));
	}

	/** Shows lanes per actor or per QuadClass, as the toolbar's radio buttons do. */
	public void setLaneMode(LaneMode mode) {
		byActor.setChecked(mode == LaneMode.ACTOR);
		byQuad.setChecked(mode == LaneMode.QUAD_CLASS);
		canvas.setLaneMode(mode);
		canvas.zoomToFit();
	}

	/** @return the table of undated items */
	public TableViewer getUndatedViewer() {
		return undated;
	}

	@Override
	public void dispose() {
		if (filteredDossier != null) {
			ElementFilters.set(filteredDossier, null);
		}
		super.dispose();
	}
}
