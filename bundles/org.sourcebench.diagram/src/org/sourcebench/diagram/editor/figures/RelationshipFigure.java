package org.sourcebench.diagram.editor.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A relationship: a directed line in its QuadClass colour, thicker the more sources corroborate it, with an
 * arrow head at the target and a label (CAMEO code and label) at its middle. Parallel relationships between
 * the same two actors are fanned out by {@link ParallelEdgeRouter}, which reads {@link #setFan}.
 */
public class RelationshipFigure extends PolylineConnection {

	private final EdgeLabel label;
	private final DetailLevel detail;
	private final PolygonDecoration arrow = new PolygonDecoration();
	private double fanOffset;
	private double labelAt = 0.5;
	private int repeat = 1;
	private boolean labelShown = true;
	private String text = "";
	private int baseWidth = 1;

	/** Creates the line, its arrow head and its label, drawn at {@code detail}. */
	public RelationshipFigure(DetailLevel detail) {
		this.detail = detail;
		this.label = new EdgeLabel(detail);
		arrow.setTemplate(new PointList(new int[] { 0, 0, -2, 1, -2, -1 }));
		arrow.setScale(6, 4);
		setTargetDecoration(arrow);
		add(label, new AlongLocator(this));
	}

	/**
	 * @param text          CAMEO code and label
	 * @param colour        QuadClass colour
	 * @param corroboration distinct sources of the evidence (0 for a drawn relationship)
	 */
	public void show(String text, Color colour, int corroboration) {
		baseWidth = 2 + Math.min(4, Math.max(0, corroboration - 1)) * 2;
		setLineWidth(baseWidth);
		setForegroundColor(colour);
		arrow.setBackgroundColor(colour);
		arrow.setScale(6 + baseWidth, 4 + baseWidth / 2);
		setLineStyle(corroboration == 0 ? SWT.LINE_DASH : SWT.LINE_SOLID);
		this.text = text;
		label.show(labelText(), shortLabelText(), colour);
	}

	private String labelText() {
		return repeat > 1 ? text + "  \u00d7" + repeat : text;
	}

	/** @return the CAMEO code alone (with the repeat count), for a label that has no room for the event's name */
	private String shortLabelText() {
		String code = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
		return repeat > 1 ? code + " \u00d7" + repeat : code;
	}

	/**
	 * Lays out the label; where the whole text would lie over one of the two actor cards (a short edge, a card
	 * grown by Size By) it shows the CAMEO code only, the name stays in its tool tip and in Properties.
	 */
	@Override
	public void layout() {
		label.useShortText(false);
		super.layout();
		if (label.isVisible() && coversACard(label.getBounds())) {
			label.useShortText(true);
			super.layout();
		}
	}

	private boolean coversACard(org.eclipse.draw2d.geometry.Rectangle bounds) {
		for (org.eclipse.draw2d.ConnectionAnchor anchor : new org.eclipse.draw2d.ConnectionAnchor[] { getSourceAnchor(), getTargetAnchor() }) {
			if (anchor != null && anchor.getOwner() != null && anchor.getOwner().getBounds().intersects(bounds)) {
				return true;
			}
		}
		return false;
	}

	/** Shows or hides the selection (a wider line). */
	public void setSelected(boolean selected) {
		setLineWidth(selected ? baseWidth + 2 : baseWidth);
		label.setSelected(selected);
	}

	/**
	 * Places this edge among parallel ones between the same two actors.
	 *
	 * @param offset      sideways offset of its middle, in pixels (0: straight)
	 * @param repeat      how many relationships with the same event this edge's label stands for
	 * @param labelShown  false for the repeats after the first, which are drawn without a label
	 * @param labelAt     where along the line (0 source, 1 target) the label sits; parallel edges stagger
	 *                    their labels so they do not cover each other
	 */
	public void setFan(double offset, int repeat, boolean labelShown, double labelAt) {
		this.fanOffset = offset;
		this.labelAt = labelAt;
		this.repeat = repeat;
		this.labelShown = labelShown;
		label.setVisible(labelShown);
		label.show(labelText(), shortLabelText(), (org.eclipse.swt.graphics.Color) getForegroundColor());
	}

	/** @return sideways offset of the middle, in pixels */
	public double getFanOffset() {
		return fanOffset;
	}

	/** Puts the label at a fraction of the line's length (a plain midpoint locator would stack them). */
	private static final class AlongLocator extends org.eclipse.draw2d.ConnectionLocator {
		AlongLocator(RelationshipFigure connection) {
			super(connection);
		}

		@Override
		protected org.eclipse.draw2d.geometry.Point getReferencePoint() {
			RelationshipFigure figure = (RelationshipFigure) getConnection();
			org.eclipse.draw2d.geometry.PointList points = figure.getPoints();
			double total = 0;
			for (int i = 1; i < points.size(); i++) {
				total += points.getPoint(i - 1).getDistance(points.getPoint(i));
			}
			double wanted = total * figure.labelAt;
			for (int i = 1; i < points.size(); i++) {
				org.eclipse.draw2d.geometry.Point a = points.getPoint(i - 1);
				org.eclipse.draw2d.geometry.Point b = points.getPoint(i);
				double length = a.getDistance(b);
				if (wanted <= length || i == points.size() - 1) {
					double t = length == 0 ? 0 : Math.min(1, wanted / length);
					org.eclipse.draw2d.geometry.Point p = new org.eclipse.draw2d.geometry.Point((int) Math.round(a.x + (b.x - a.x) * t),
							(int) Math.round(a.y + (b.y - a.y) * t));
					figure.translateToAbsolute(p);
					return p;
				}
				wanted -= length;
			}
			return super.getReferencePoint();
		}
	}

	/** @return whether the label is drawn */
	public boolean isLabelShown() {
		return labelShown;
	}

	/** @return the label figure */
	public EdgeLabel getLabel() {
		return label;
	}

	@Override
	public void paintFigure(Graphics g) {
		g.setAntialias(detail.showsLabels() ? SWT.ON : SWT.OFF);
		super.paintFigure(g);
	}
}
