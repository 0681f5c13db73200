package org.sourcebench.diagram.editor.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.jface.resource.JFaceResources;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.diagram.editor.figures.DetailLevel;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPartFactory;

/**
 * Writes a diagram as SVG: the printable layers (actors, relationships with their labels, legend) paint
 * themselves into an {@link SvgGraphics}, in full detail and at 100 %, over the same area as the PNG export.
 * So the SVG is the PNG's drawing as vectors and text, for reports that scale it.
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
		IFigure printable = LayerManager.Helper.find(viewer.getRootEditPart()).getLayer(LayerConstants.PRINTABLE_LAYERS);
		printable.validate();
		Rectangle area = DiagramImageExporter.drawnArea(viewer);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\">%n",
				area.width, area.height, area.x, area.y, area.width, area.height));
		svg.append("<title>").append(SvgGraphics.escape(diagram.getDiagram().getName() == null ? "" : diagram.getDiagram().getName())).append("</title>\n");
		DetailLevel detail = viewer.getEditPartFactory() instanceof DiagramEditPartFactory factory ? factory.detail() : DetailLevel.always();
		detail.setFull(true);
		SvgGraphics graphics = new SvgGraphics(svg, area, JFaceResources.getDefaultFont());
		try {
			graphics.setBackgroundColor(org.sourcebench.diagram.editor.figures.DiagramColors.PAPER);
			graphics.fillRectangle(area.x, area.y, area.width, area.height);
			printable.paint(graphics);
		} finally {
			detail.setFull(false);
			graphics.dispose();
		}
		svg.append("</svg>\n");
		out.write(svg.toString());
	}
}
