package org.sourcebench.diagram.editor.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/** The label of an edge: a white pill with a border in the edge's colour, so it reads over crossing lines. */
public class EdgeLabel extends Figure {

	private static final int MAX_CHARS = 34;
	private String text = "";
	private String fullText = "";
	private String shortText = "";
	private Color colour = DiagramColors.MUTED;
	private boolean selected;
	private final DetailLevel detail;

	/** A label drawn at {@code detail}. */
	public EdgeLabel(DetailLevel detail) {
		this.detail = detail;
	}

	/** Sets text and colour. */
	public void show(String text, Color colour) {
		show(text, text, colour);
	}

	/**
	 * Sets text and colour.
	 *
	 * @param shortText what the label shows where the whole text would cover an actor card (the CAMEO code)
	 */
	public void show(String text, String shortText, Color colour) {
		String t = text == null ? "" : text;
		this.fullText = t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS - 1).strip() + "\u2026" : t;
		this.shortText = shortText == null || shortText.isBlank() ? fullText : shortText;
		this.text = fullText;
		this.colour = colour;
		setToolTip(new org.eclipse.draw2d.Label(t));
		revalidate();
		repaint();
	}

	/**
	 * Shows the short text (or the whole text again) without asking for a new layout: called by the connection
	 * while it lays out, which then places the label again.
	 */
	void useShortText(boolean shorter) {
		text = shorter ? shortText : fullText;
	}

	/** Marks the label selected (bold border). */
	public void setSelected(boolean selected) {
		this.selected = selected;
		repaint();
	}

	/** @return the text shown */
	public String getText() {
		return text;
	}

	private static Font font() {
		return JFaceResources.getFontRegistry().get(JFaceResources.DEFAULT_FONT);
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		Dimension d = FigureUtilities.getTextExtents(text, font());
		return new Dimension(d.width + 12, d.height + 4);
	}

	@Override
	protected void paintFigure(Graphics g) {
		if (!detail.showsLabels() && !selected) {
			return;
		}
		Rectangle r = getBounds().getCopy().shrink(1, 1);
		g.setAntialias(SWT.ON);
		g.setTextAntialias(SWT.ON);
		g.setBackgroundColor(DiagramColors.PAPER);
		g.fillRoundRectangle(r, 10, 10);
		g.setForegroundColor(colour);
		g.setLineWidth(selected ? 2 : 1);
		g.drawRoundRectangle(r, 10, 10);
		g.setLineWidth(1);
		g.setFont(font());
		g.setForegroundColor(DiagramColors.TEXT);
		g.drawText(text, r.x + 6, r.y + 1);
	}
}
