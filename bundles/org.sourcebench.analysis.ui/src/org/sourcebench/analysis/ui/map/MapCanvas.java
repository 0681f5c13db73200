package org.sourcebench.analysis.ui.map;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.sourcebench.analysis.ui.internal.ElementCanvas;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.QuadClassColors;
import org.sourcebench.model.Location;

/**
 * Draws the offline world basemap (equirectangular: longitude and latitude scaled alike) and the dossier's
 * locations as circles sized by mentions and shaded by the number of sources, ringed by dots for the events
 * placed there. Mouse: wheel zooms around the
 * pointer, drag pans, click selects, double-click opens. Keys: + and - zoom, arrows pan, Home shows the world.
 */
public class MapCanvas extends ElementCanvas {

	private final WorldBasemap basemap;
	private List<MapMarker> markers = List.of();
	private double centreLon;
	private double centreLat = 20;
	private double pixelsPerDegree = 2;
	private Point dragStart;
	private double dragLon;
	private double dragLat;
	private boolean moved;

	public MapCanvas(Composite parent, WorldBasemap basemap) {
		super(parent);
		this.basemap = basemap;
		addListener(SWT.Resize, e -> {
			if (pixelsPerDegree == 2) {
				showWorld();
			}
		});
		addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.KeyDown, this::key);
	}

	@Override
	protected EObject elementAt(int x, int y) {
		MapMarker marker = markerAt(x, y);
		return marker == null ? null : marker.location();
	}

	@Override
	protected String tooltipAt(int x, int y) {
		MapMarker m = markerAt(x, y);
		return m == null ? null : NLS.bind(Messages.Map_markerTooltip, new Object[] { m.location().getName(), m.mentions(), m.sources(),
				m.events().size() });
	}

	public void setMarkers(List<MapMarker> newMarkers) {
		markers = newMarkers;
		redraw();
	}

	public List<MapMarker> getMarkers() {
		return markers;
	}

	/** Fits the whole world into the view. */
	public void showWorld() {
		Rectangle area = getClientArea();
		pixelsPerDegree = Math.max(0.5, Math.min(area.width / 360.0, area.height / 170.0));
		centreLon = 0;
		centreLat = 10;
		redraw();
	}

	public void zoom(double factor, int x, int y) {
		double lon = lonAt(x);
		double lat = latAt(y);
		pixelsPerDegree = Math.max(0.3, Math.min(400, pixelsPerDegree * factor));
		Rectangle area = getClientArea();
		centreLon = lon - (x - area.width / 2.0) / pixelsPerDegree;
		centreLat = lat + (y - area.height / 2.0) / pixelsPerDegree;
		redraw();
	}

	public void pan(int dx, int dy) {
		centreLon -= dx / pixelsPerDegree;
		centreLat = Math.max(-85, Math.min(85, centreLat + dy / pixelsPerDegree));
		redraw();
	}

	/** Centres the first selected location (or place of a selected event) when it is off screen. */
	@Override
	protected void revealSelected() {
		Set<EObject> selected = getSelected();
		for (MapMarker marker : markers) {
			if (selected.contains(marker.location()) || marker.events().stream().anyMatch(selected::contains)) {
				double x = xOf(marker.location().getLongitude());
				double y = yOf(marker.location().getLatitude());
				Rectangle area = getClientArea();
				if (x < 0 || y < 0 || x > area.width || y > area.height) {
					centreLon = marker.location().getLongitude();
					centreLat = marker.location().getLatitude();
				}
				break;
			}
		}
	}

	double xOf(double lon) {
		return getClientArea().width / 2.0 + (lon - centreLon) * pixelsPerDegree;
	}

	double yOf(double lat) {
		return getClientArea().height / 2.0 - (lat - centreLat) * pixelsPerDegree;
	}

	private double lonAt(int x) {
		return centreLon + (x - getClientArea().width / 2.0) / pixelsPerDegree;
	}

	private double latAt(int y) {
		return centreLat - (y - getClientArea().height / 2.0) / pixelsPerDegree;
	}

	@Override
	public void paint(GC gc, int width, int height) {
		double cx = width / 2.0;
		double cy = height / 2.0;
		gc.setBackground(colors.get(214, 230, 245));
		gc.fillRectangle(0, 0, width, height);
		Color land = colors.get(240, 236, 224);
		Color border = colors.get(170, 165, 150);
		gc.setLineWidth(1);
		double visibleWest = centreLon - cx / pixelsPerDegree;
		double visibleEast = centreLon + cx / pixelsPerDegree;
		for (double offset = Math.floor((visibleWest - 180) / 360) * 360; offset - 180 <= visibleEast + 360; offset += 360) {
			if (offset + 540 < visibleWest || offset - 540 > visibleEast) {
				continue;
			}
			for (double[] ring : basemap.rings()) {
				int[] points = new int[ring.length];
				int minX = Integer.MAX_VALUE;
				int maxX = Integer.MIN_VALUE;
				for (int i = 0; i < ring.length; i += 2) {
					points[i] = (int) Math.round(cx + (ring[i] + offset - centreLon) * pixelsPerDegree);
					points[i + 1] = (int) Math.round(cy - (ring[i + 1] - centreLat) * pixelsPerDegree);
					minX = Math.min(minX, points[i]);
					maxX = Math.max(maxX, points[i]);
				}
				if (maxX < 0 || minX > width) {
					continue;
				}
				gc.setBackground(land);
				gc.fillPolygon(points);
				gc.setForeground(border);
				gc.drawPolygon(points);
			}
		}
		// markers: largest first so that small ones stay clickable on top
		Color outline = colors.get(60, 40, 40);
		boolean labels = pixelsPerDegree >= 6;
		for (MapMarker marker : markers) {
			Location location = marker.location();
			int x = (int) Math.round(cx + (location.getLongitude() - centreLon) * pixelsPerDegree);
			int y = (int) Math.round(cy - (location.getLatitude() - centreLat) * pixelsPerDegree);
			int r = marker.radius();
			if (x + r < 0 || x - r > width || y + r < 0 || y - r > height) {
				continue;
			}
			// more sources, deeper colour
			int shade = Math.max(0, 200 - 35 * Math.min(5, marker.sources()));
			gc.setAlpha(200);
			gc.setBackground(colors.get(220, shade, shade / 2));
			gc.fillOval(x - r, y - r, 2 * r, 2 * r);
			gc.setAlpha(255);
			// the events placed here: small dots in QuadClass colours around the circle (at most 16)
			int shown = Math.min(16, marker.events().size());
			for (int k = 0; k < shown; k++) {
				double angle = -Math.PI / 2 + k * 2 * Math.PI / Math.max(8, shown);
				int ex = (int) Math.round(x + (r + 4) * Math.cos(angle));
				int ey = (int) Math.round(y + (r + 4) * Math.sin(angle));
				gc.setBackground(colors.get(QuadClassColors.of(marker.events().get(k).getQuadClass())));
				gc.fillOval(ex - 3, ey - 3, 6, 6);
			}
			boolean isSelected = getSelected().contains(location) || marker.events().stream().anyMatch(getSelected()::contains);
			gc.setForeground(isSelected ? colors.get(20, 60, 200) : outline);
			gc.setLineWidth(isSelected ? 3 : 1);
			gc.drawOval(x - r, y - r, 2 * r, 2 * r);
			gc.setLineWidth(1);
			if (labels || isSelected) {
				gc.setForeground(colors.get(30, 30, 30));
				gc.drawText(location.getName() == null ? "?" : location.getName(), x + r + 3, y - 8, true);
			}
		}
		gc.setForeground(colors.get(90, 90, 90));
		gc.drawText(Messages.Map_basemapCredit, 6, height - 18, true);
	}

	/** @return the marker under ({@code x}, {@code y}), the smallest when several overlap, or null */
	public MapMarker markerAt(int x, int y) {
		MapMarker best = null;
		for (MapMarker marker : markers) {
			double dx = xOf(marker.location().getLongitude()) - x;
			double dy = yOf(marker.location().getLatitude()) - y;
			int r = Math.max(6, marker.radius());
			if (dx * dx + dy * dy <= r * r && (best == null || marker.radius() <= best.radius())) {
				best = marker;
			}
		}
		return best;
	}

	/** @return where {@code location}'s marker is drawn */
	public Point locationOf(Location location) {
		return new Point((int) Math.round(xOf(location.getLongitude())), (int) Math.round(yOf(location.getLatitude())));
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		dragStart = new Point(e.x, e.y);
		dragLon = centreLon;
		dragLat = centreLat;
		moved = false;
	}

	private void mouseMove(Event e) {
		if (dragStart == null) {
			return;
		}
		if (Math.abs(e.x - dragStart.x) + Math.abs(e.y - dragStart.y) > 3) {
			moved = true;
		}
		if (moved) {
			centreLon = dragLon - (e.x - dragStart.x) / pixelsPerDegree;
			centreLat = Math.max(-85, Math.min(85, dragLat + (e.y - dragStart.y) / pixelsPerDegree));
			redraw();
		}
	}

	private void mouseUp(Event e) {
		if (dragStart == null) {
			return;
		}
		dragStart = null;
		if (!moved) {
			clicked(e.x, e.y);
		}
	}

	private void key(Event e) {
		Rectangle area = getClientArea();
		switch (e.keyCode) {
		case '+', '=', SWT.KEYPAD_ADD -> zoom(1.5, area.width / 2, area.height / 2);
		case '-', SWT.KEYPAD_SUBTRACT -> zoom(1 / 1.5, area.width / 2, area.height / 2);
		case SWT.ARROW_LEFT -> pan(area.width / 8, 0);
		case SWT.ARROW_RIGHT -> pan(-area.width / 8, 0);
		case SWT.ARROW_UP -> pan(0, area.height / 8);
		case SWT.ARROW_DOWN -> pan(0, -area.height / 8);
		case SWT.HOME -> showWorld();
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	/** @return the zoom in pixels per degree */
	public double getPixelsPerDegree() {
		return pixelsPerDegree;
	}
}
