package org.sourcebench.diagram.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.draw2d.ScalableFigure;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;

/**
 * GEF's zoom manager, except that a zoom keeps the chart in view. GEF keeps the middle of the window where it
 * is: after "Page" shrank a chart into the window's top left corner, "100%" then showed the empty middle of the
 * canvas, and the analyst saw the zoom drop-down do nothing. Here the middle of what is visible of the chart
 * stays in the middle (the middle of the whole chart when none of it is visible, and the nearest actor when
 * that middle is a gap between clusters); fit-to-page and fit-to-width
 * still scroll to the chart's top left as GEF does.
 */
final class ChartZoomManager extends ZoomManager {

	private final Supplier<Rectangle> chart;
	private final Supplier<List<Rectangle>> cards;

	/**
	 * @param chart the area the chart draws in, at 100 %
	 * @param cards the bounds of the actor cards shown, at 100 %
	 */
	ChartZoomManager(ScalableFigure pane, Viewport viewport, Supplier<Rectangle> chart, Supplier<List<Rectangle>> cards) {
		super(pane, viewport);
		this.chart = chart;
		this.cards = cards;
	}

	@Override
	protected void primSetZoom(double zoom) {
		double before = getZoom();
		Viewport viewport = getViewport();
		Dimension size = viewport.getClientArea().getSize();
		Rectangle view = new Rectangle(viewport.getViewLocation(), size);
		Rectangle drawn = chart.get().getCopy().scale(before);
		Rectangle visible = view.getIntersection(drawn);
		Point anchor = (visible.isEmpty() ? drawn : visible).getCenter().scale(1 / before);
		super.primSetZoom(zoom);
		centre(anchor, zoom, size);
		// zoomed in on a gap between clusters: the card nearest to it instead
		Rectangle now = new Rectangle(viewport.getViewLocation(), size);
		Rectangle nearest = null;
		for (Rectangle card : cards.get()) {
			if (card.getCopy().scale(zoom).intersects(now)) {
				return;
			}
			if (nearest == null || card.getCenter().getDistance(anchor) < nearest.getCenter().getDistance(anchor)) {
				nearest = card;
			}
		}
		if (nearest != null) {
			centre(nearest.getCenter(), zoom, size);
		}
	}

	private void centre(Point point, double zoom, Dimension size) {
		Point middle = point.getCopy().scale(zoom);
		setViewLocation(new Point(middle.x - size.width / 2, middle.y - size.height / 2));
	}
}
