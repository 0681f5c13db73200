package org.sourcebench.diagram.editor.figures;

import org.eclipse.draw2d.ConnectionLocator;
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

	private final EdgeLabel label = new EdgeLabel();
	private final PolygonDecoration arrow = new PolygonDecoration();
	private int fanIndex;
	private int fanCount = 1;
	private int baseWidth = 1;

	/** Creates the line, its arrow head and its label. */
	public RelationshipFigure() {
		arrow.setTemplate(new PointList(new int[] { 0, 0, -2, 1, -2, -1 }));
		arrow.setScale(6, 4);
		setTargetDecoration(arrow);
		add(label, new ConnectionLocator(this, ConnectionLocator.MIDDLE));
	}

	/**
	 * @param text          CAMEO code and label
	 * @param colour        QuadClass colour
	 * @param corroboration distinct sources of the evidence (0 for a drawn relationship)
	 */
	public void show(String text, Color colour, int corroboration) {
		baseWidth = 1 + Math.min(4, Math.max(0, corroboration - 1)) * 2;
		setLineWidth(baseWidth);
		setForegroundColor(colour);
		arrow.setBackgroundColor(colour);
		arrow.setScale(6 + baseWidth, 4 + baseWidth / 2);
		setLineStyle(corroboration == 0 ? SWT.LINE_DASH : SWT.LINE_SOLID);
		label.show(text, colour);
	}

	/** Shows or hides the selection (a wider line). */
	public void setSelected(boolean selected) {
		setLineWidth(selected ? baseWidth + 2 : baseWidth);
		label.setSelected(selected);
	}

	/** Places this edge among {@code count} parallel ones between the same two actors. */
	public void setFan(int index, int count) {
		this.fanIndex = index;
		this.fanCount = count;
	}

	/** @return index among parallel edges */
	public int getFanIndex() {
		return fanIndex;
	}

	/** @return number of parallel edges */
	public int getFanCount() {
		return fanCount;
	}

	/** @return the label figure */
	public EdgeLabel getLabel() {
		return label;
	}

	@Override
	public void paintFigure(Graphics g) {
		g.setAntialias(SWT.ON);
		super.paintFigure(g);
	}
}
