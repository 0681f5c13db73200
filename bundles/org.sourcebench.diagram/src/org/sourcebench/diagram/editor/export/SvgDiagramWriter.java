package org.sourcebench.diagram.editor.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.diagram.editor.Messages;
import org.sourcebench.diagram.editor.figures.DiagramColors;
import org.sourcebench.diagram.editor.figures.EdgeLabel;
import org.sourcebench.diagram.editor.figures.RelationshipFigure;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.editor.parts.RelationshipEditPart;
import org.sourcebench.model.Actor;
import org.sourcebench.model.QuadClass;

/**
 * Writes a diagram as SVG by serialising the geometry the editor laid out: each actor as a rounded card in
 * its kind's colours with its name and kind, each relationship as its routed polyline with an arrow head, in
 * its QuadClass colour and width, with its label; and a QuadClass legend. Vector output for reports, not a
 * pixel copy.
 */
public final class SvgDiagramWriter {

	private SvgDiagramWriter() {
	}

	/** Writes {@code viewer}'s diagram to {@code file}. */
	public static void write(GraphicalViewer viewer, Path file) throws IOException {
		AtomicFileWriter.write(file, false, stream -> {
			Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			write(viewer, out);
			out.flush();
		});
	}

	/** Writes {@code viewer}'s diagram to {@code out}. */
	public static void write(GraphicalViewer viewer, Writer out) throws IOException {
		DiagramEditPart diagram = (DiagramEditPart) viewer.getContents();
		diagram.getFigure().validate();
		Rectangle area = DiagramImageExporter.drawnArea(viewer);
		out.write(String.format(Locale.ROOT,
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				area.width, area.height, area.x, area.y, area.width, area.height));
		out.write(String.format(Locale.ROOT, "<title>%s</title>%n", escape(diagram.getDiagram().getName())));
		out.write(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", area.x, area.y, area.width,
				area.height));
		for (Object child : diagram.getChildren()) {
			for (Object connection : ((ActorEditPart) child).getSourceConnections()) {
				writeEdge(out, (RelationshipEditPart) connection);
			}
		}
		for (Object child : diagram.getChildren()) {
			writeActor(out, (ActorEditPart) child);
		}
		writeLegend(out, diagram);
		out.write("</svg>\n");
	}

	private static void writeEdge(Writer out, RelationshipEditPart part) throws IOException {
		RelationshipFigure figure = part.getRelationshipFigure();
		PointList points = figure.getPoints();
		String colour = DiagramColors.hex(figure.getForegroundColor());
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			path.append(i == 0 ? "M" : " L").append(points.getPoint(i).x).append(' ').append(points.getPoint(i).y);
		}
		out.write(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n", path, colour, figure.getLineWidth(),
				part.getRelationship().corroboration() == 0 ? " stroke-dasharray=\"6 4\"" : ""));
		if (points.size() >= 2) {
			var end = points.getLastPoint();
			var before = points.getPoint(points.size() - 2);
			double angle = Math.atan2(end.y - before.y, end.x - before.x);
			double length = 10 + figure.getLineWidth();
			double spread = 0.45;
			out.write(String.format(Locale.ROOT, "<polygon points=\"%d,%d %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>%n", end.x, end.y,
					end.x - length * Math.cos(angle - spread), end.y - length * Math.sin(angle - spread), end.x - length * Math.cos(angle + spread),
					end.y - length * Math.sin(angle + spread), colour));
		}
		EdgeLabel label = figure.getLabel();
		if (!label.isVisible()) {
			return;
		}
		Rectangle b = label.getBounds();
		out.write(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" fill=\"#ffffff\" stroke=\"%s\"/><text x=\"%d\" y=\"%d\" fill=\"#212529\">%s</text>%n",
				b.x, b.y, b.width, b.height, colour, b.x + 6, b.y + b.height - 5, escape(label.getText())));
	}

	private static void writeActor(Writer out, ActorEditPart part) throws IOException {
		Actor actor = part.getActor();
		Rectangle b = part.getFigure().getBounds();
		String hue = DiagramColors.hex(DiagramColors.of(actor.getKind()));
		String tint = DiagramColors.hex(DiagramColors.tintOf(actor.getKind()));
		out.write(String.format(Locale.ROOT, "<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"7\" fill=\"%s\" stroke=\"%s\"/>", b.x, b.y,
				b.width, b.height, tint, hue));
		out.write(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"17\" fill=\"%s\"/>", b.x + 27, b.y + b.height / 2, hue));
		out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\" fill=\"#212529\">%s</text>", b.x + 52, b.y + b.height / 2 - 2,
				escape(actor.getCanonicalName())));
		out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#6c757d\">%s</text></g>%n", b.x + 52, b.y + b.height / 2 + 14,
				escape(Messages.kind(actor.getKind()))));
	}

	private static void writeLegend(Writer out, DiagramEditPart diagram) throws IOException {
		Rectangle area = null;
		for (Object child : diagram.getChildren()) {
			Rectangle b = ((ActorEditPart) child).getFigure().getBounds();
			area = area == null ? b.getCopy() : area.union(b);
		}
		int x = area == null ? 20 : area.right() + 60;
		int y = area == null ? 20 : area.y;
		out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x, y + 14, escape(diagram.getDiagram().getName())));
		y += 30;
		for (QuadClass quad : QuadClass.values()) {
			out.write(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
					x, y + 8, x + 32, y + 8, DiagramColors.hex(DiagramColors.of(quad)), x + 44, y + 12, escape(Messages.quad(quad))));
			y += 22;
		}
	}

	private static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
