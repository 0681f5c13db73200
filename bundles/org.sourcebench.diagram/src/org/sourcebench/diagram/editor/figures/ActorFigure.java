package org.sourcebench.diagram.editor.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.sourcebench.model.ActorKind;

/**
 * An actor on a diagram: a rounded card tinted in the kind's hue, the kind's icon on the left, the name in
 * bold and a second line (kind, country) below it. A pinned actor shows a small pin mark. Knows nothing of
 * the model: the edit part sets name, kind and detail.
 */
public class ActorFigure extends Figure {

	private static final int ARC = 14;
	private static final int ICON = 34;

	private String name = "";
	private String detailText = "";
	private ActorKind kind;
	private boolean pinned;

	private final DetailLevel detail;

	/** Creates an empty card drawn at {@code detail}. */
	public ActorFigure(DetailLevel detail) {
		this.detail = detail;
		setOpaque(false);
	}

	/** Sets what the card shows. */
	public void show(String name, String detail, ActorKind kind, boolean pinned) {
		this.name = name == null ? "" : name;
		this.detailText = detail == null ? "" : detail;
		this.kind = kind;
		this.pinned = pinned;
		repaint();
	}

	/** @return the name shown */
	public String getName() {
		return name;
	}

	/** @return the second line (kind and country) */
	public String getDetail() {
		return detailText;
	}

	/** @return the name as drawn: cut with an ellipsis when the card is too narrow for it */
	public String getShownName() {
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		return fit(name, bold, textWidth(getBounds().getCopy().shrink(1, 1)));
	}

	private static int textWidth(Rectangle r) {
		return r.right() - (r.x + ICON + 18) - 8;
	}

	/** @return where the name is drawn, for in-place editing (absolute to this figure's parent) */
	public Rectangle getNameBounds() {
		Rectangle r = getBounds();
		return new Rectangle(r.x + ICON + 16, r.y + 8, Math.max(40, r.width - ICON - 22), 22);
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(1, 1);
		boolean full = detail.showsLabels();
		if (full) {
			g.setAntialias(SWT.ON);
			g.setTextAntialias(SWT.ON);
			// soft shadow
			g.setBackgroundColor(DiagramColors.RULE);
			g.setAlpha(90);
			g.fillRoundRectangle(r.getTranslated(2, 3), ARC, ARC);
			g.setAlpha(255);
		}
		g.setBackgroundColor(DiagramColors.tintOf(kind));
		g.fillRoundRectangle(r, ARC, ARC);
		g.setForegroundColor(DiagramColors.of(kind));
		g.setLineWidth(pinned ? 2 : 1);
		g.drawRoundRectangle(r, ARC, ARC);
		g.setLineWidth(1);

		KindGlyph.paint(g, kind, new Rectangle(r.x + 10, r.y + (r.height - ICON) / 2, ICON, ICON));

		int textX = r.x + ICON + 18;
		int textWidth = textWidth(r);
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		Font plain = JFaceResources.getFontRegistry().get(JFaceResources.DEFAULT_FONT);
		int nameHeight = FigureUtilities.getFontMetrics(bold).getHeight();
		int detailHeight = FigureUtilities.getFontMetrics(plain).getHeight();
		boolean twoLines = full && !this.detailText.isEmpty() && r.height >= nameHeight + detailHeight + 10;
		int top = r.y + (r.height - (twoLines ? nameHeight + detailHeight + 2 : nameHeight)) / 2;
		g.setFont(bold);
		g.setForegroundColor(DiagramColors.TEXT);
		g.drawText(fit(name, bold, textWidth), textX, top);
		if (twoLines) {
			g.setFont(plain);
			g.setForegroundColor(DiagramColors.MUTED);
			g.drawText(fit(detailText, plain, textWidth), textX, top + nameHeight + 2);
		}
		if (pinned) {
			g.setBackgroundColor(DiagramColors.ACCENT);
			g.fillOval(r.right() - 12, r.y + 5, 7, 7);
		}
	}

	/** @return {@code text}, cut with an ellipsis to fit {@code width} pixels */
	static String fit(String text, Font font, int width) {
		if (FigureUtilities.getTextWidth(text, font) <= width) {
			return text;
		}
		for (int end = text.length() - 1; end > 0; end--) {
			String cut = text.substring(0, end).strip() + "\u2026";
			if (FigureUtilities.getTextWidth(cut, font) <= width) {
				return cut;
			}
		}
		return "\u2026";
	}
}
