package org.sourcebench.analysis.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.sourcebench.analysis.dating.DateBasis;
import org.sourcebench.analysis.timeline.Timeline;
import org.sourcebench.analysis.timeline.Timeline.Lane;
import org.sourcebench.analysis.timeline.Timeline.LaneMode;
import org.sourcebench.analysis.timeline.TimelineItem;
import org.sourcebench.analysis.ui.internal.ElementCanvas;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.QuadClassColors;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;

/**
 * Draws a {@link Timeline}: a date axis on top, one lane per actor or QuadClass, events as dots coloured by
 * QuadClass (filled when the text states the date, hollow when the date is the publication date), claims as
 * squares. Mouse: wheel zooms around the pointer, drag pans (both ways), shift-drag brushes a time range,
 * click selects, double-click opens. Keys: + and - zoom, arrows pan, Page Up/Down scroll lanes, Home fits,
 * Escape clears the brush. Only what is visible is drawn (binary search on the date-sorted items).
 */
public class TimelineCanvas extends ElementCanvas {

	static final int LABEL_WIDTH = 150;
	static final int AXIS_HEIGHT = 26;
	static final int LANE_HEIGHT = 22;

	private Timeline timeline;
	private LaneMode mode = LaneMode.QUAD_CLASS;
	private List<Lane> lanes = List.of();
	private final Map<Object, Integer> laneIndex = new HashMap<>();
	private long[] itemDays = new long[0];

	private double startDay;
	private double pixelsPerDay = 4;
	private int laneScroll;
	private Long brushFrom;
	private Long brushTo;

	private Consumer<long[]> brushListener = b -> {
	};

	private boolean fitPending;
	private Point dragStart;
	private double dragStartDay;
	private int dragStartScroll;
	private boolean brushing;
	private boolean moved;

	public TimelineCanvas(Composite parent) {
		super(parent);
		addListener(SWT.Resize, e -> {
			if (fitPending) {
				zoomToFit();
			}
		});
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.KeyDown, this::key);
	}

	@Override
	protected EObject elementAt(int x, int y) {
		TimelineItem item = itemAt(x, y);
		return item == null ? null : item.element();
	}

	@Override
	protected String tooltipAt(int x, int y) {
		TimelineItem item = itemAt(x, y);
		return item == null ? null : TimelineLabels.tooltip(item);
	}

	/** Shows {@code newTimeline}, keeping the view's zoom unless it had nothing before. */
	public void setTimeline(Timeline newTimeline) {
		boolean first = timeline == null || timeline.dated().isEmpty();
		timeline = newTimeline;
		itemDays = newTimeline.dated().stream().mapToLong(i -> i.date().epochDay()).toArray();
		setLaneMode(mode);
		if (first) {
			zoomToFit();
		}
		redraw();
	}

	/** Switches between lanes per actor and lanes per QuadClass. */
	public void setLaneMode(LaneMode newMode) {
		mode = newMode;
		lanes = timeline == null ? List.of() : timeline.lanes(mode);
		laneIndex.clear();
		for (int i = 0; i < lanes.size(); i++) {
			laneIndex.put(lanes.get(i).key(), i);
		}
		laneScroll = 0;
		redraw();
	}

	public LaneMode getLaneMode() {
		return mode;
	}

	/** Fits the dated items into the width (a day's margin either side). */
	public void zoomToFit() {
		long[] span = timeline == null ? null : timeline.span();
		// before the first layout the canvas has no width: fit again once it has one
		fitPending = getClientArea().width < LABEL_WIDTH + 100;
		int plot = Math.max(50, getClientArea().width - LABEL_WIDTH - 20);
		if (span == null) {
			startDay = LocalDate.now().toEpochDay() - 30;
			pixelsPerDay = plot / 60.0;
		} else {
			double days = span[1] - span[0] + 2;
			pixelsPerDay = Math.min(200, plot / days);
			startDay = span[0] - 1;
		}
		redraw();
	}

	/** Zooms by {@code factor} keeping the day under {@code x} in place. */
	public void zoom(double factor, int x) {
		double day = dayAt(x);
		pixelsPerDay = Math.max(0.005, Math.min(2000, pixelsPerDay * factor));
		startDay = day - (x - LABEL_WIDTH) / pixelsPerDay;
		redraw();
	}

	/** Pans by {@code dx} pixels horizontally and {@code dy} pixels of lanes. */
	public void pan(int dx, int dy) {
		startDay -= dx / pixelsPerDay;
		laneScroll = clampScroll(laneScroll - dy);
		redraw();
	}

	private int clampScroll(int scroll) {
		int max = Math.max(0, lanes.size() * LANE_HEIGHT - (getClientArea().height - AXIS_HEIGHT));
		return Math.max(0, Math.min(max, scroll));
	}

	/** Sets the brushed time range (epoch days, inclusive), or clears it with nulls; tells the brush listener. */
	public void setBrush(Long from, Long to) {
		brushFrom = from;
		brushTo = to;
		redraw();
		brushListener.accept(from == null ? null : new long[] { Math.min(from, to), Math.max(from, to) });
	}

	/** @return the brushed range {from, to} in epoch days, or null */
	public long[] getBrush() {
		return brushFrom == null ? null : new long[] { Math.min(brushFrom, brushTo), Math.max(brushFrom, brushTo) };
	}

	/** Scrolls to the first selected item (for a selected actor: its first event or claim). */
	@Override
	protected void revealSelected() {
		if (timeline != null) {
			for (TimelineItem item : timeline.dated()) {
				if (isSelected(item)) {
					reveal(item);
					break;
				}
			}
		}
	}

	private boolean isSelected(TimelineItem item) {
		Set<EObject> selected = getSelected();
		if (selected.isEmpty()) {
			return false;
		}
		if (selected.contains(item.element())) {
			return true;
		}
		for (Actor actor : item.actors()) {
			if (selected.contains(actor)) {
				return true;
			}
		}
		return false;
	}

	private void reveal(TimelineItem item) {
		Rectangle area = getClientArea();
		double x = xOf(item.date().epochDay());
		if (x < LABEL_WIDTH || x > area.width - 10) {
			startDay = item.date().epochDay() - (area.width - LABEL_WIDTH) / 2.0 / pixelsPerDay;
		}
		List<Object> keys = Timeline.laneKeys(item, mode);
		Integer row = keys.isEmpty() ? null : laneIndex.get(keys.get(0));
		if (row != null) {
			int y = AXIS_HEIGHT + row * LANE_HEIGHT - laneScroll;
			if (y < AXIS_HEIGHT || y > area.height - LANE_HEIGHT) {
				laneScroll = clampScroll(row * LANE_HEIGHT - (area.height - AXIS_HEIGHT) / 2);
			}
		}
	}

	public void onBrush(Consumer<long[]> listener) {
		brushListener = listener;
	}

	double dayAt(int x) {
		return startDay + (x - LABEL_WIDTH) / pixelsPerDay;
	}

	double xOf(long day) {
		return LABEL_WIDTH + (day + 0.5 - startDay) * pixelsPerDay;
	}

	@Override
	public void paint(GC gc, int width, int height) {
		Color white = colors.get(255, 255, 255);
		Color stripe = colors.get(244, 246, 249);
		Color grid = colors.get(222, 226, 232);
		Color text = colors.get(40, 44, 52);
		gc.setBackground(white);
		gc.fillRectangle(0, 0, width, height);
		gc.setFont(getFont());
		int firstRow = Math.max(0, laneScroll / LANE_HEIGHT);
		int lastRow = Math.min(lanes.size() - 1, (laneScroll + height - AXIS_HEIGHT) / LANE_HEIGHT);
		for (int row = firstRow; row <= lastRow; row++) {
			int y = AXIS_HEIGHT + row * LANE_HEIGHT - laneScroll;
			if (row % 2 == 1) {
				gc.setBackground(stripe);
				gc.fillRectangle(0, y, width, LANE_HEIGHT);
			}
		}
		// axis grid
		double toDay = dayAt(width);
		gc.setForeground(grid);
		List<TimeAxis.Tick> ticks = TimeAxis.ticks(dayAt(LABEL_WIDTH), toDay, pixelsPerDay);
		for (TimeAxis.Tick tick : ticks) {
			int x = (int) xOf(tick.day()) - (int) (pixelsPerDay / 2);
			if (x >= LABEL_WIDTH) {
				gc.drawLine(x, AXIS_HEIGHT, x, height);
			}
		}
		// brush
		if (brushFrom != null) {
			long from = Math.min(brushFrom, brushTo);
			long to = Math.max(brushFrom, brushTo);
			int x1 = Math.max(LABEL_WIDTH, (int) (xOf(from) - pixelsPerDay / 2));
			int x2 = Math.min(width, (int) (xOf(to) + pixelsPerDay / 2));
			gc.setAlpha(60);
			gc.setBackground(colors.get(60, 120, 220));
			gc.fillRectangle(x1, AXIS_HEIGHT, Math.max(1, x2 - x1), height - AXIS_HEIGHT);
			gc.setAlpha(255);
		}
		paintItems(gc, width, height, firstRow, lastRow);
		// lane labels over the items' left edge
		gc.setClipping(0, AXIS_HEIGHT, LABEL_WIDTH, height - AXIS_HEIGHT);
		for (int row = firstRow; row <= lastRow; row++) {
			int y = AXIS_HEIGHT + row * LANE_HEIGHT - laneScroll;
			gc.setBackground(row % 2 == 1 ? stripe : white);
			gc.fillRectangle(0, y, LABEL_WIDTH, LANE_HEIGHT);
			Lane lane = lanes.get(row);
			if (mode == LaneMode.QUAD_CLASS) {
				gc.setBackground(colors.get(QuadClassColors.of((org.sourcebench.model.QuadClass) lane.key())));
				gc.fillOval(6, y + 6, 10, 10);
			}
			gc.setForeground(text);
			gc.drawText(TimelineLabels.fit(gc, lane.label(), LABEL_WIDTH - 26), 22, y + 3, true);
		}
		gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
		gc.setForeground(grid);
		gc.drawLine(LABEL_WIDTH, AXIS_HEIGHT, LABEL_WIDTH, height);
		// axis on top
		gc.setBackground(colors.get(236, 239, 244));
		gc.fillRectangle(0, 0, width, AXIS_HEIGHT);
		gc.setForeground(text);
		for (TimeAxis.Tick tick : ticks) {
			int x = (int) xOf(tick.day()) - (int) (pixelsPerDay / 2);
			if (x >= LABEL_WIDTH) {
				gc.drawLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT);
				gc.drawText(tick.label(), x + 3, 4, true);
			}
		}
		gc.drawText(mode == LaneMode.ACTOR ? Messages.Timeline_laneActors : Messages.Timeline_laneQuadClass, 6, 4, true);
		gc.drawLine(0, AXIS_HEIGHT - 1, width, AXIS_HEIGHT - 1);
	}

	/** Receives each item drawn, with its centre and radius. */
	private interface Placement {
		void at(TimelineItem item, int x, int y, int r);
	}

	/**
	 * Places the visible items: each lane an item is in, at its day; items of the same day in the same lane
	 * stand side by side within the day's width (zoom in to separate more). Painting and hit-testing share it.
	 */
	private void place(int width, int height, Placement placement) {
		if (timeline == null || lanes.isEmpty()) {
			return;
		}
		int firstRow = Math.max(0, laneScroll / LANE_HEIGHT);
		int lastRow = Math.min(lanes.size() - 1, (laneScroll + height - AXIS_HEIGHT) / LANE_HEIGHT);
		List<TimelineItem> items = timeline.dated();
		long fromDay = (long) Math.floor(dayAt(LABEL_WIDTH)) - 1;
		long toDay = (long) Math.ceil(dayAt(width)) + 1;
		Map<Long, Integer> taken = new HashMap<>();
		long lastDay = Long.MIN_VALUE;
		for (int i = lowerBound(fromDay); i < items.size() && itemDays[i] <= toDay; i++) {
			TimelineItem item = items.get(i);
			if (itemDays[i] != lastDay) {
				taken.clear();
				lastDay = itemDays[i];
			}
			int x = (int) xOf(itemDays[i]);
			for (Object key : Timeline.laneKeys(item, mode)) {
				Integer row = laneIndex.get(key);
				if (row == null || row < firstRow || row > lastRow) {
					continue;
				}
				int r = radius(item);
				int slot = taken.merge((long) row, 1, Integer::sum) - 1;
				int y = AXIS_HEIGHT + row * LANE_HEIGHT - laneScroll + LANE_HEIGHT / 2;
				// side by side within the day's width; more than fit overlap until the analyst zooms in
				int step = 2 * r + 2;
				int fit = (int) (pixelsPerDay / step);
				int ix = fit <= 1 ? x : (int) (x - pixelsPerDay / 2) + r + 1 + (slot % fit) * step;
				placement.at(item, ix, y, r);
			}
		}
	}

	private void paintItems(GC gc, int width, int height, int firstRow, int lastRow) {
		gc.setClipping(LABEL_WIDTH, AXIS_HEIGHT, width - LABEL_WIDTH, height - AXIS_HEIGHT);
		Color outline = colors.get(30, 30, 30);
		List<int[]> selectedMarks = new ArrayList<>();
		place(width, height, (item, x, y, r) -> {
			Color color = colors.get(QuadClassColors.of(item.quadClass()));
			boolean stated = item.date().basis() == DateBasis.STATED;
			if (item.element() instanceof Relationship) {
				if (stated) {
					gc.setBackground(color);
					gc.fillOval(x - r, y - r, 2 * r, 2 * r);
				} else {
					gc.setForeground(color);
					gc.setLineWidth(2);
					gc.drawOval(x - r, y - r, 2 * r, 2 * r);
					gc.setLineWidth(1);
				}
			} else {
				gc.setBackground(color);
				gc.setForeground(color);
				if (stated) {
					gc.fillRectangle(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
				} else {
					gc.drawRectangle(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
				}
			}
			if (isSelected(item)) {
				selectedMarks.add(new int[] { x, y, r });
			}
		});
		gc.setForeground(outline);
		gc.setLineWidth(2);
		for (int[] mark : selectedMarks) {
			gc.drawOval(mark[0] - mark[2] - 3, mark[1] - mark[2] - 3, 2 * mark[2] + 6, 2 * mark[2] + 6);
		}
		gc.setLineWidth(1);
		gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
	}

	/** Dots grow with corroboration: 4 px for one source, up to 8. */
	private static int radius(TimelineItem item) {
		return 4 + Math.min(4, Math.max(0, item.corroboration() - 1));
	}

	private int lowerBound(long day) {
		int lo = 0;
		int hi = itemDays.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (itemDays[mid] < day) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** @return the item drawn nearest to ({@code x}, {@code y}) within its radius plus 3 pixels, or null */
	public TimelineItem itemAt(int x, int y) {
		if (x < LABEL_WIDTH || y < AXIS_HEIGHT) {
			return null;
		}
		Rectangle area = getClientArea();
		TimelineItem[] best = { null };
		double[] bestDistance = { Double.MAX_VALUE };
		place(area.width, area.height, (item, ix, iy, r) -> {
			double distance = Math.hypot(ix - x, iy - y);
			if (distance <= r + 3 && distance < bestDistance[0]) {
				best[0] = item;
				bestDistance[0] = distance;
			}
		});
		return best[0];
	}

	/** Scrolls {@code element} into view; @return where it is drawn (its first lane), or null when it is not */
	public Point locationOf(EObject element) {
		if (timeline == null) {
			return null;
		}
		for (TimelineItem item : timeline.dated()) {
			if (item.element() == element) {
				reveal(item);
				break;
			}
		}
		Rectangle area = getClientArea();
		Point[] found = { null };
		place(area.width, area.height, (item, x, y, r) -> {
			if (found[0] == null && item.element() == element) {
				found[0] = new Point(x, y);
			}
		});
		return found[0];
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.SHIFT) != 0) {
			pan(0, e.count * LANE_HEIGHT);
		} else {
			zoom(e.count > 0 ? 1.25 : 0.8, e.x);
		}
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		dragStart = new Point(e.x, e.y);
		dragStartDay = startDay;
		dragStartScroll = laneScroll;
		brushing = (e.stateMask & SWT.SHIFT) != 0 && e.x >= LABEL_WIDTH;
		moved = false;
		if (brushing) {
			long day = (long) Math.floor(dayAt(e.x));
			brushFrom = day;
			brushTo = day;
		}
	}

	private void mouseMove(Event e) {
		if (dragStart == null) {
			return;
		}
		if (Math.abs(e.x - dragStart.x) + Math.abs(e.y - dragStart.y) > 3) {
			moved = true;
		}
		if (brushing) {
			brushTo = (long) Math.floor(dayAt(e.x));
			redraw();
		} else if (moved) {
			startDay = dragStartDay - (e.x - dragStart.x) / pixelsPerDay;
			laneScroll = clampScroll(dragStartScroll - (e.y - dragStart.y));
			redraw();
		}
	}

	private void mouseUp(Event e) {
		if (dragStart == null) {
			return;
		}
		dragStart = null;
		if (brushing) {
			brushing = false;
			if (moved) {
				setBrush(brushFrom, brushTo);
			} else {
				setBrush(null, null);
			}
			return;
		}
		if (!moved) {
			clicked(e.x, e.y);
		}
	}

	private void key(Event e) {
		Rectangle area = getClientArea();
		int centre = LABEL_WIDTH + (area.width - LABEL_WIDTH) / 2;
		switch (e.keyCode) {
		case '+', '=', SWT.KEYPAD_ADD -> zoom(1.5, centre);
		case '-', SWT.KEYPAD_SUBTRACT -> zoom(1 / 1.5, centre);
		case SWT.ARROW_LEFT -> pan(area.width / 8, 0);
		case SWT.ARROW_RIGHT -> pan(-area.width / 8, 0);
		case SWT.ARROW_UP -> pan(0, LANE_HEIGHT);
		case SWT.ARROW_DOWN -> pan(0, -LANE_HEIGHT);
		case SWT.PAGE_UP -> pan(0, area.height - AXIS_HEIGHT);
		case SWT.PAGE_DOWN -> pan(0, -(area.height - AXIS_HEIGHT));
		case SWT.HOME -> zoomToFit();
		case SWT.ESC -> setBrush(null, null);
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	/** @return the zoom, in pixels per day */
	public double getPixelsPerDay() {
		return pixelsPerDay;
	}

	/** @return the lanes drawn */
	public List<Lane> getLanes() {
		return lanes;
	}
}
