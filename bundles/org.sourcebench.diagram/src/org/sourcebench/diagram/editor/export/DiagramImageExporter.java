package org.sourcebench.diagram.editor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.IFigure;
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
import org.sourcebench.diagram.editor.figures.DiagramColors;

/**
 * Renders a diagram at 100 % (whatever the editor's zoom) to an image: the printable layers (actors,
 * relationships, legend), cropped to what is drawn plus a margin, on white.
 */
public final class DiagramImageExporter {

	private static final int MARGIN = 24;

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

	/** Paints the diagram into a new image; the caller disposes it. */
	public static Image toImage(GraphicalViewer viewer) {
		IFigure printable = printable(viewer);
		printable.validate();
		Rectangle area = drawnArea(viewer);
		Display display = viewer.getControl().getDisplay();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(image);
		SWTGraphics graphics = new SWTGraphics(gc);
		try {
			graphics.setBackgroundColor(DiagramColors.PAPER);
			graphics.fillRectangle(0, 0, area.width, area.height);
			graphics.translate(-area.x, -area.y);
			graphics.setAntialias(SWT.ON);
			graphics.setTextAntialias(SWT.ON);
			printable.paint(graphics);
		} finally {
			graphics.dispose();
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
			try (OutputStream out = Files.newOutputStream(file)) {
				loader.save(out, SWT.IMAGE_PNG);
			}
		} finally {
			image.dispose();
		}
	}
}
