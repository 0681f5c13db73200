package org.sourcebench.diagram.editor.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.sourcebench.model.ActorKind;

/**
 * Draws the icon of an actor kind as vector shapes (a person's head and shoulders, a state's flag, a
 * government's columned building, a military star, …) in the current foreground/background colour, so icons
 * stay sharp at every zoom and in exports.
 */
public final class KindGlyph {

	private KindGlyph() {
	}

	/** Paints the glyph of {@code kind} into the square {@code box} (white on the kind's colour disc). */
	public static void paint(Graphics g, ActorKind kind, Rectangle box) {
		int x = box.x;
		int y = box.y;
		int s = box.width;
		g.setBackgroundColor(DiagramColors.of(kind));
		g.fillOval(x, y, s, s);
		g.setBackgroundColor(DiagramColors.PAPER);
		g.setForegroundColor(DiagramColors.PAPER);
		g.setLineWidth(Math.max(1, s / 16));
		int u = s / 8;
		ActorKind k = kind == null ? ActorKind.OTHER : kind;
		switch (k) {
		case PERSON -> {
			g.fillOval(x + 3 * u, y + (int) (1.5 * u), 2 * u, 2 * u);
			g.fillArc(x + 2 * u, y + 4 * u, 4 * u, 4 * u - u / 2, 0, 180);
		}
		case STATE -> {
			g.drawLine(x + 2 * u + u / 2, y + 2 * u, x + 2 * u + u / 2, y + 6 * u + u / 2);
			g.fillRectangle(x + 3 * u, y + 2 * u, 3 * u, 2 * u);
		}
		case GOVERNMENT -> {
			g.fillPolygon(new PointList(new int[] { x + 2 * u, y + 3 * u, x + 4 * u, y + 2 * u - u / 2, x + 6 * u, y + 3 * u }));
			for (int i = 0; i < 3; i++) {
				g.fillRectangle(x + 2 * u + u / 4 + i * (3 * u / 2), y + 3 * u + u / 2, u / 2 + 1, 2 * u);
			}
			g.fillRectangle(x + 2 * u, y + 6 * u - u / 4, 4 * u, u / 2 + 1);
		}
		case MILITARY -> g.fillPolygon(star(x + s / 2, y + s / 2, 3 * u, (int) (1.2 * u)));
		case ORGANISATION -> {
			g.drawLine(x + 4 * u, y + 3 * u, x + 2 * u + u / 2, y + 5 * u + u / 2);
			g.drawLine(x + 4 * u, y + 3 * u, x + 5 * u + u / 2, y + 5 * u + u / 2);
			g.drawLine(x + 2 * u + u / 2, y + 5 * u + u / 2, x + 5 * u + u / 2, y + 5 * u + u / 2);
			g.fillOval(x + 3 * u, y + 2 * u, 2 * u, 2 * u);
			g.fillOval(x + 3 * u / 2, y + 9 * u / 2, 2 * u, 2 * u);
			g.fillOval(x + 9 * u / 2, y + 9 * u / 2, 2 * u, 2 * u);
		}
		case ARMED_GROUP -> {
			g.drawOval(x + 2 * u, y + 2 * u, 4 * u, 4 * u);
			g.drawLine(x + 4 * u, y + u + u / 2, x + 4 * u, y + 6 * u + u / 2);
			g.drawLine(x + u + u / 2, y + 4 * u, x + 6 * u + u / 2, y + 4 * u);
		}
		case MEDIA -> {
			g.fillOval(x + 3 * u + u / 2, y + 3 * u + u / 2, u + 1, u + 1);
			g.drawArc(x + 5 * u / 2, y + 5 * u / 2, 3 * u, 3 * u, -45, 90);
			g.drawArc(x + 3 * u / 2, y + 3 * u / 2, 5 * u, 5 * u, -45, 90);
			g.drawArc(x + 5 * u / 2, y + 5 * u / 2, 3 * u, 3 * u, 135, 90);
			g.drawArc(x + 3 * u / 2, y + 3 * u / 2, 5 * u, 5 * u, 135, 90);
		}
		case COMPANY -> {
			g.drawRectangle(x + 3 * u, y + 2 * u, 2 * u, u + u / 2);
			g.fillRectangle(x + 2 * u, y + 3 * u, 4 * u, 3 * u);
		}
		case ALLIANCE -> {
			g.drawOval(x + u + u / 2, y + 2 * u + u / 2, 3 * u, 3 * u);
			g.drawOval(x + 3 * u + u / 2, y + 2 * u + u / 2, 3 * u, 3 * u);
		}
		case OTHER -> g.fillPolygon(new PointList(new int[] { x + 4 * u, y + 2 * u, x + 6 * u, y + 4 * u, x + 4 * u, y + 6 * u, x + 2 * u, y + 4 * u }));
		}
		g.setLineWidth(1);
	}

	private static PointList star(int cx, int cy, int outer, int inner) {
		PointList points = new PointList(10);
		for (int i = 0; i < 10; i++) {
			double angle = Math.PI / 2 + i * Math.PI / 5;
			int r = i % 2 == 0 ? outer : inner;
			points.addPoint(cx + (int) Math.round(r * Math.cos(angle)), cy - (int) Math.round(r * Math.sin(angle)));
		}
		return points;
	}
}
