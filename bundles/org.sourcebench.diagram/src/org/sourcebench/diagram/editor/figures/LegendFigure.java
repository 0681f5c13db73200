package org.sourcebench.diagram.editor.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.QuadClass;

/**
 * The diagram's legend: a title line (diagram name, what it shows), the four QuadClass colours, line width
 * for corroboration, and the icons of the actor kinds present.
 */
public class LegendFigure extends Figure {

	private static final int PAD = 12;
	private static final int ROW = 22;

	private String title = "";
	private String subtitle = "";
	private List<String> quadNames = List.of();
	private List<ActorKind> kinds = List.of();
	private List<String> kindNames = List.of();
	private String corroborationText = "";

	/**
	 * @param quadNames display names of the four QuadClasses, in enum order
	 */
	public void show(String title, String subtitle, List<String> quadNames, Set<ActorKind> kindsShown, List<String> allKindNames,
			String corroborationText) {
		this.title = title == null ? "" : title;
		this.subtitle = subtitle == null ? "" : subtitle;
		this.quadNames = quadNames;
		this.kinds = new ArrayList<>();
		this.kindNames = new ArrayList<>();
		for (ActorKind kind : ActorKind.values()) {
			if (kindsShown.contains(kind)) {
				kinds.add(kind);
				kindNames.add(allKindNames.get(kind.ordinal()));
			}
		}
		this.corroborationText = corroborationText;
		setSize(getPreferredSize());
		repaint();
	}

	/** @return every text the legend shows, top to bottom */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		texts.add(title);
		texts.add(subtitle);
		texts.addAll(quadNames);
		texts.add(corroborationText);
		texts.addAll(kindNames);
		return texts;
	}

	/** @return the actor kinds whose icons the legend shows */
	public List<ActorKind> kinds() {
		return List.copyOf(kinds);
	}

	private static Font plain() {
		return JFaceResources.getFontRegistry().get(JFaceResources.DEFAULT_FONT);
	}

	private static Font bold() {
		return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		int width = FigureUtilities.getTextWidth(title, bold());
		width = Math.max(width, FigureUtilities.getTextWidth(subtitle, plain()));
		for (String name : quadNames) {
			width = Math.max(width, 44 + FigureUtilities.getTextWidth(name, plain()));
		}
		width = Math.max(width, 44 + FigureUtilities.getTextWidth(corroborationText, plain()));
		for (String name : kindNames) {
			width = Math.max(width, 30 + FigureUtilities.getTextWidth(name, plain()));
		}
		int rows = 2 + quadNames.size() + 1 + kinds.size();
		return new Dimension(width + 2 * PAD, rows * ROW + 2 * PAD + 8);
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(1, 1);
		g.setAntialias(SWT.ON);
		g.setTextAntialias(SWT.ON);
		g.setBackgroundColor(DiagramColors.LEGEND);
		g.fillRoundRectangle(r, 12, 12);
		g.setForegroundColor(DiagramColors.RULE);
		g.drawRoundRectangle(r, 12, 12);
		int x = r.x + PAD;
		int y = r.y + PAD;
		g.setFont(bold());
		g.setForegroundColor(DiagramColors.TEXT);
		g.drawText(title, x, y);
		y += ROW;
		g.setFont(plain());
		g.setForegroundColor(DiagramColors.MUTED);
		g.drawText(subtitle, x, y);
		y += ROW + 4;
		g.setForegroundColor(DiagramColors.TEXT);
		QuadClass[] quads = QuadClass.values();
		for (int i = 0; i < quadNames.size() && i < quads.length; i++) {
			g.setForegroundColor(DiagramColors.of(quads[i]));
			g.setLineWidth(3);
			g.drawLine(x, y + 8, x + 32, y + 8);
			g.setLineWidth(1);
			g.setForegroundColor(DiagramColors.TEXT);
			g.drawText(quadNames.get(i), x + 44, y);
			y += ROW;
		}
		g.setForegroundColor(DiagramColors.MUTED);
		g.setLineWidth(1);
		g.drawLine(x, y + 5, x + 32, y + 5);
		g.setLineWidth(5);
		g.drawLine(x, y + 12, x + 32, y + 12);
		g.setLineWidth(1);
		g.setForegroundColor(DiagramColors.TEXT);
		g.drawText(corroborationText, x + 44, y);
		y += ROW;
		for (int i = 0; i < kinds.size(); i++) {
			KindGlyph.paint(g, kinds.get(i), new Rectangle(x + 2, y, 18, 18));
			g.setForegroundColor(DiagramColors.TEXT);
			g.drawText(kindNames.get(i), x + 30, y + 1);
			y += ROW;
		}
	}
}
