package org.sourcebench.diagram.editor.figures;

/**
 * How much a diagram's figures draw, from the editor's zoom: below {@link #LABEL_ZOOM} edge labels, the
 * kind line of actor cards and antialiasing are left out, since they are unreadable there and are what
 * makes painting a chart of thousands of relationships slow. Exports paint in full whatever the zoom.
 */
public final class DetailLevel {

	/** Zoom below which labels are not drawn. */
	public static final double LABEL_ZOOM = 0.45;

	private volatile double zoom = 1.0;
	private volatile boolean full;

	/** @param zoom the editor's current zoom */
	public void setZoom(double zoom) {
		this.zoom = zoom;
	}

	/** Paints everything (for exports and printing) until reset with false. */
	public void setFull(boolean full) {
		this.full = full;
	}

	/** @return true if labels and secondary text are drawn */
	public boolean showsLabels() {
		return full || zoom >= LABEL_ZOOM;
	}

	/** @return the level for figures created without an editor: always full */
	public static DetailLevel always() {
		DetailLevel level = new DetailLevel();
		level.setFull(true);
		return level;
	}
}
