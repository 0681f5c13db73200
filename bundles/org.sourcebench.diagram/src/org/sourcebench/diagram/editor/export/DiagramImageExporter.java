package org.sourcebench.diagram.editor.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.diagram.editor.figures.DetailLevel;
import org.sourcebench.diagram.editor.figures.DiagramColors;
import org.sourcebench.diagram.editor.parts.DiagramEditPartFactory;

/**
 * Renders a diagram at 100 % (whatever the editor's zoom) to an image: the printable layers (actors,
 * relationships, legend), cropped to what is drawn plus a margin, on white.
 */
public final class DiagramImageExporter {

	private static final int MARGIN = 24;
	/** Largest side of an exported image, in pixels. */
	public static final int MAX_PIXELS = 8000;

	private DiagramImageExporter() {
	}

	/** @return the area the diagram draws in, in diagram coordinates */
	public static Rectangle drawnArea(GraphicalViewer viewer) {
		IFigure printable = printable(viewer);
		Rectangle area = null;
		for (Object layer : printable.getChildren()) {
			for (Object child : ((IFigure) layer).getChildren()) {
				Rectangle b = ((IFigure) child).getBounds();
				area = area == null ? b.getCopy() : area.union(b);
			}
		}
		return area == null ? new Rectangle(0, 0, 100, 100) : area.expand(MARGIN, MARGIN);
	}

	private static IFigure printable(GraphicalViewer viewer) {
		return LayerManager.Helper.find(viewer.getRootEditPart()).getLayer(LayerConstants.PRINTABLE_LAYERS);
	}

	/**
	 * Paints the diagram into a new image; the caller disposes it. A chart larger than {@link #MAX_PIXELS}
	 * on a side is scaled down to fit (X servers refuse larger pixmaps; SVG is the format for huge charts).
	 */
	public static Image toImage(GraphicalViewer viewer) {
		IFigure printable = printable(viewer);
		printable.validate();
		Rectangle area = drawnArea(viewer);
		double scale = Math.min(1.0, Math.min((double) MAX_PIXELS / area.width, (double) MAX_PIXELS / area.height));
		int width = Math.max(1, (int) Math.ceil(area.width * scale));
		int height = Math.max(1, (int) Math.ceil(area.height * scale));
		Display display = viewer.getControl().getDisplay();
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		SWTGraphics swt = new SWTGraphics(gc);
		Graphics graphics = scale < 1.0 ? new ScaledGraphics(swt) : swt;
		DetailLevel detail = viewer.getEditPartFactory() instanceof DiagramEditPartFactory factory ? factory.detail() : DetailLevel.always();
		detail.setFull(true);
		try {
			graphics.setBackgroundColor(DiagramColors.PAPER);
			graphics.fillRectangle(0, 0, width, height);
			graphics.scale(scale);
			graphics.translate(-area.x, -area.y);
			graphics.setAntialias(SWT.ON);
			graphics.setTextAntialias(SWT.ON);
			printable.paint(graphics);
		} finally {
			detail.setFull(false);
			if (graphics != swt) {
				graphics.dispose();
			}
			swt.dispose();
			gc.dispose();
		}
		return image;
	}

	/** Writes the diagram as a PNG file. */
	public static void writePng(GraphicalViewer viewer, Path file) throws IOException {
		Image image = toImage(viewer);
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			AtomicFileWriter.write(file, false, out -> loader.save(out, SWT.IMAGE_PNG));
		} finally {
			image.dispose();
		}
	}
}
