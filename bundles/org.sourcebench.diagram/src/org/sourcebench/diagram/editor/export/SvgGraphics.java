package org.sourcebench.diagram.editor.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * A draw2d {@link Graphics} that writes SVG elements instead of pixels. The figures paint themselves into it
 * exactly as they paint on screen and into the PNG export, so the SVG shows the same things in the same order
 * (cards with their kind icons and country codes, edges, labels above the cards, the whole legend) without a
 * second drawing of the chart to keep in step. Text is written as text (searchable, editable in Inkscape),
 * stretched to the width SWT measured so that it fits where it fits on screen.
 *
 * <p>Clipping is tracked (figures skip children outside the clip) but not written: every figure of the chart
 * draws inside its own bounds.
 */
final class SvgGraphics extends Graphics {

	/** What pushState saves. */
	private static final class State implements Cloneable {
		double tx;
		double ty;
		double scale = 1;
		Rectangle clip;
		Color foreground;
		Color background;
		Font font;
		int lineWidth = 1;
		int lineStyle = SWT.LINE_SOLID;
		int alpha = 255;
		int antialias = SWT.DEFAULT;
		int textAntialias = SWT.DEFAULT;

		@Override
		protected State clone() {
			try {
				State copy = (State) super.clone();
				copy.clip = clip.getCopy();
				return copy;
			} catch (CloneNotSupportedException e) {
				throw new AssertionError(e);
			}
		}
	}

	private final StringBuilder out;
	private final Deque<State> saved = new ArrayDeque<>();
	private State state = new State();
	private final int dpi;

	/**
	 * @param out  where the elements go
	 * @param clip the area painted, in diagram coordinates
	 * @param font the font figures use when they set none
	 */
	SvgGraphics(StringBuilder out, Rectangle clip, Font font) {
		this.out = out;
		state.clip = clip.getCopy();
		state.font = font;
		state.foreground = new Color(0, 0, 0);
		state.background = new Color(255, 255, 255);
		Display display = Display.getCurrent();
		dpi = display == null ? 96 : display.getDPI().y;
	}

	// --- coordinates

	private double x(double x) {
		return state.tx + x * state.scale;
	}

	private double y(double y) {
		return state.ty + y * state.scale;
	}

	private double len(double length) {
		return length * state.scale;
	}

	private static String n(double value) {
		long rounded = Math.round(value);
		if (Math.abs(value - rounded) < 1e-6) {
			return Long.toString(rounded);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String hex(Color color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}

	private String fill() {
		return " fill=\"" + hex(state.background) + "\"" + (state.alpha < 255 ? " fill-opacity=\"" + n(state.alpha / 255.0) + "\"" : "");
	}

	private String stroke() {
		StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(hex(state.foreground)).append('"');
		s.append(" stroke-width=\"").append(n(len(Math.max(1, state.lineWidth)))).append('"');
		if (state.alpha < 255) {
			s.append(" stroke-opacity=\"").append(n(state.alpha / 255.0)).append('"');
		}
		double w = len(Math.max(1, state.lineWidth));
		String dashes = switch (state.lineStyle) {
		case SWT.LINE_DASH -> n(3 * w) + " " + n(w);
		case SWT.LINE_DOT -> n(w) + " " + n(w);
		case SWT.LINE_DASHDOT -> n(3 * w) + " " + n(w) + " " + n(w) + " " + n(w);
		case SWT.LINE_DASHDOTDOT -> n(3 * w) + " " + n(w) + " " + n(w) + " " + n(w) + " " + n(w) + " " + n(w);
		default -> null;
		};
		if (dashes != null) {
			s.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		return s.toString();
	}

	private String points(PointList points) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			if (i > 0) {
				s.append(' ');
			}
			s.append(n(x(points.getPoint(i).x))).append(',').append(n(y(points.getPoint(i).y)));
		}
		return s.toString();
	}

	private void element(String text) {
		out.append(text).append('\n');
	}

	// --- shapes

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		element("<line x1=\"" + n(x(x1)) + "\" y1=\"" + n(y(y1)) + "\" x2=\"" + n(x(x2)) + "\" y2=\"" + n(y(y2)) + "\"" + stroke() + "/>");
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height) {
		element(rect(x, y, width, height, 0, 0) + stroke() + "/>");
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height) {
		element(rect(x, y, width, height, 0, 0) + fill() + "/>");
	}

	@Override
	public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		element(rect(r.x, r.y, r.width, r.height, arcWidth, arcHeight) + stroke() + "/>");
	}

	@Override
	public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		element(rect(r.x, r.y, r.width, r.height, arcWidth, arcHeight) + fill() + "/>");
	}

	private String rect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
		String round = arcWidth > 0 || arcHeight > 0 ? " rx=\"" + n(len(arcWidth / 2.0)) + "\" ry=\"" + n(len(arcHeight / 2.0)) + "\"" : "";
		return "<rect x=\"" + n(x(x)) + "\" y=\"" + n(y(y)) + "\" width=\"" + n(len(width)) + "\" height=\"" + n(len(height)) + "\"" + round;
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		element(ellipse(x, y, width, height) + stroke() + "/>");
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		element(ellipse(x, y, width, height) + fill() + "/>");
	}

	private String ellipse(int x, int y, int width, int height) {
		return "<ellipse cx=\"" + n(x(x + width / 2.0)) + "\" cy=\"" + n(y(y + height / 2.0)) + "\" rx=\"" + n(len(width / 2.0)) + "\" ry=\""
				+ n(len(height / 2.0)) + "\"";
	}

	@Override
	public void drawArc(int x, int y, int width, int height, int offset, int length) {
		if (Math.abs(length) >= 360) {
			drawOval(x, y, width, height);
			return;
		}
		element("<path d=\"" + arc(x, y, width, height, offset, length, false) + "\"" + stroke() + "/>");
	}

	@Override
	public void fillArc(int x, int y, int width, int height, int offset, int length) {
		if (Math.abs(length) >= 360) {
			fillOval(x, y, width, height);
			return;
		}
		element("<path d=\"" + arc(x, y, width, height, offset, length, true) + "\"" + fill() + "/>");
	}

	/** SWT angles: degrees, 0 at three o'clock, counter-clockwise; a filled arc is a pie slice. */
	private String arc(int x, int y, int width, int height, int offset, int length, boolean pie) {
		double cx = x + width / 2.0;
		double cy = y + height / 2.0;
		double rx = width / 2.0;
		double ry = height / 2.0;
		double a0 = Math.toRadians(offset);
		double a1 = Math.toRadians(offset + length);
		double sx = cx + rx * Math.cos(a0);
		double sy = cy - ry * Math.sin(a0);
		double ex = cx + rx * Math.cos(a1);
		double ey = cy - ry * Math.sin(a1);
		String start = n(x(sx)) + " " + n(y(sy));
		String arc = "A " + n(len(rx)) + " " + n(len(ry)) + " 0 " + (Math.abs(length) > 180 ? 1 : 0) + " " + (length > 0 ? 0 : 1) + " " + n(x(ex)) + " "
				+ n(y(ey));
		return pie ? "M " + n(x(cx)) + " " + n(y(cy)) + " L " + start + " " + arc + " Z" : "M " + start + " " + arc;
	}

	@Override
	public void drawPolygon(PointList points) {
		element("<polygon points=\"" + points(points) + "\"" + stroke() + "/>");
	}

	@Override
	public void fillPolygon(PointList points) {
		element("<polygon points=\"" + points(points) + "\"" + fill() + "/>");
	}

	@Override
	public void drawPolyline(PointList points) {
		element("<polyline points=\"" + points(points) + "\"" + stroke() + "/>");
	}

	@Override
	public void fillGradient(int x, int y, int width, int height, boolean vertical) {
		fillRectangle(x, y, width, height);
	}

	@Override
	public void drawFocus(int x, int y, int width, int height) {
		// focus rectangles belong on screen, not in an export
	}

	@Override
	public void drawImage(Image image, int x, int y) {
		Rectangle size = new Rectangle(image.getBounds());
		drawImage(image, 0, 0, size.width, size.height, x, y, size.width, size.height);
	}

	@Override
	public void drawImage(Image image, int sx, int sy, int sw, int sh, int tx, int ty, int tw, int th) {
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		loader.save(png, SWT.IMAGE_PNG);
		Rectangle size = new Rectangle(image.getBounds());
		element("<svg x=\"" + n(x(tx)) + "\" y=\"" + n(y(ty)) + "\" width=\"" + n(len(tw)) + "\" height=\"" + n(len(th)) + "\" viewBox=\"" + sx + " " + sy + " " + sw
				+ " " + sh + "\" preserveAspectRatio=\"none\"><image width=\"" + n(size.width) + "\" height=\"" + n(size.height)
				+ "\" href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/></svg>");
	}

	// --- text

	@Override
	public void drawString(String s, int x, int y) {
		text(s, x, y, false);
	}

	@Override
	public void drawText(String s, int x, int y) {
		String[] lines = s.replace("\t", "    ").split("\r\n|\r|\n", -1);
		int lineHeight = getFontMetrics().getHeight();
		for (int i = 0; i < lines.length; i++) {
			text(lines[i], x, y + i * lineHeight, false);
		}
	}

	@Override
	public void fillString(String s, int x, int y) {
		text(s, x, y, true);
	}

	@Override
	public void fillText(String s, int x, int y) {
		text(s, x, y, true);
	}

	private void text(String s, int x, int y, boolean background) {
		if (s.isEmpty()) {
			return;
		}
		FontMetrics metrics = getFontMetrics();
		int width = FigureUtilities.getTextWidth(s, state.font);
		if (background) {
			fillRectangle(x, y, width, metrics.getHeight());
		}
		FontData data = state.font.getFontData()[0];
		double size = data.getHeight() * dpi / 72.0;
		StringBuilder t = new StringBuilder("<text x=\"").append(n(x(x))).append("\" y=\"").append(n(y(y + metrics.getLeading() + metrics.getAscent())))
				.append("\" font-family=\"").append(escape(data.getName())).append(", sans-serif\" font-size=\"").append(n(len(size))).append('"');
		if ((data.getStyle() & SWT.BOLD) != 0) {
			t.append(" font-weight=\"bold\"");
		}
		if ((data.getStyle() & SWT.ITALIC) != 0) {
			t.append(" font-style=\"italic\"");
		}
		t.append(" fill=\"").append(hex(state.foreground)).append('"');
		if (state.alpha < 255) {
			t.append(" fill-opacity=\"").append(n(state.alpha / 255.0)).append('"');
		}
		// the width SWT measured: another font of the same family must not run out of its card or pill
		t.append(" textLength=\"").append(n(len(width))).append("\" lengthAdjust=\"spacingAndGlyphs\" xml:space=\"preserve\">");
		t.append(escape(s)).append("</text>");
		element(t.toString());
	}

	/** @return {@code text} with the XML special characters escaped */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	@Override
	public Font getFont() {
		return state.font;
	}

	@Override
	public void setFont(Font font) {
		if (font != null) {
			state.font = font;
		}
	}

	@Override
	public FontMetrics getFontMetrics() {
		return FigureUtilities.getFontMetrics(state.font);
	}

	// --- state

	@Override
	public Color getForegroundColor() {
		return state.foreground;
	}

	@Override
	public void setForegroundColor(Color color) {
		state.foreground = color;
	}

	@Override
	public Color getBackgroundColor() {
		return state.background;
	}

	@Override
	public void setBackgroundColor(Color color) {
		state.background = color;
	}

	@Override
	public int getLineStyle() {
		return state.lineStyle;
	}

	@Override
	public void setLineStyle(int style) {
		state.lineStyle = style;
	}

	@Override
	public int getLineWidth() {
		return state.lineWidth;
	}

	@Override
	public void setLineWidth(int width) {
		state.lineWidth = width;
	}

	@Override
	public int getAlpha() {
		return state.alpha;
	}

	@Override
	public void setAlpha(int alpha) {
		state.alpha = alpha;
	}

	@Override
	public int getAntialias() {
		return state.antialias;
	}

	@Override
	public void setAntialias(int value) {
		state.antialias = value;
	}

	@Override
	public int getTextAntialias() {
		return state.textAntialias;
	}

	@Override
	public void setTextAntialias(int value) {
		state.textAntialias = value;
	}

	@Override
	public void setLineCap(int cap) {
		// butt caps, as on screen
	}

	@Override
	public void setLineJoin(int join) {
		// miter joins, as on screen
	}

	@Override
	public void setInterpolation(int interpolation) {
		// images are embedded as they are
	}

	@Override
	public void setFillRule(int rule) {
		// shapes of the chart do not cross themselves
	}

	@Override
	public boolean getXORMode() {
		return false;
	}

	@Override
	public void setXORMode(boolean xor) {
		// feedback only; never in an export
	}

	@Override
	public void translate(int dx, int dy) {
		translate((float) dx, (float) dy);
	}

	@Override
	public void translate(float dx, float dy) {
		state.tx += dx * state.scale;
		state.ty += dy * state.scale;
		state.clip.translate(-Math.round(dx), -Math.round(dy));
	}

	@Override
	public void scale(double amount) {
		state.scale *= amount;
		state.clip.scale(1 / amount);
	}

	@Override
	public double getAbsoluteScale() {
		return state.scale;
	}

	@Override
	public void clipRect(Rectangle rectangle) {
		state.clip.intersect(rectangle);
	}

	@Override
	public void setClip(Rectangle rectangle) {
		state.clip = rectangle.getCopy();
	}

	@Override
	public Rectangle getClip(Rectangle rectangle) {
		rectangle.setBounds(state.clip);
		return rectangle;
	}

	@Override
	public void pushState() {
		saved.push(state.clone());
	}

	@Override
	public void popState() {
		state = saved.pop();
	}

	@Override
	public void restoreState() {
		State top = saved.peek();
		if (top != null) {
			state = top.clone();
		}
	}

	@Override
	public void dispose() {
		while (!saved.isEmpty()) {
			popState();
		}
	}
}
