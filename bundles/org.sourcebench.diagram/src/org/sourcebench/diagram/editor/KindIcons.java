package org.sourcebench.diagram.editor;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.diagram.editor.figures.DiagramColors;
import org.sourcebench.diagram.editor.figures.KindGlyph;
import org.sourcebench.model.ActorKind;

/** Palette icons rendered from the same vector glyphs as the diagram, so palette and chart always match. */
final class KindIcons {

	private static final int SIZE = 16;
	private static final Map<ActorKind, ImageDescriptor> ICONS = new EnumMap<>(ActorKind.class);
	private static ImageDescriptor relationship;
	private static ImageDescriptor unrelated;

	private KindIcons() {
	}

	static synchronized ImageDescriptor of(ActorKind kind) {
		return ICONS.computeIfAbsent(kind, k -> ImageDescriptor.createFromImageDataProvider(zoom -> render(k, zoom)));
	}

	/** @return the tool bar icon of Show Unrelated Actors: two actors, one of them alone */
	static synchronized ImageDescriptor unrelated() {
		if (unrelated == null) {
			unrelated = ImageDescriptor.createFromImageDataProvider(zoom -> {
				int size = SIZE * zoom / 100;
				return paint(size, graphics -> {
					graphics.setBackgroundColor(DiagramColors.of(ActorKind.PERSON));
					graphics.fillOval(0, size / 8, size / 2, size / 2);
					graphics.setForegroundColor(DiagramColors.MUTED);
					graphics.setLineWidth(Math.max(1, size / 12));
					graphics.drawOval(size / 2, size / 2 - 1, size / 2 - 1, size / 2 - 1);
				});
			});
		}
		return unrelated;
	}

	static synchronized ImageDescriptor relationship() {
		if (relationship == null) {
			relationship = ImageDescriptor.createFromImageDataProvider(zoom -> renderArrow(zoom));
		}
		return relationship;
	}

	private static ImageData render(ActorKind kind, int zoom) {
		int size = SIZE * zoom / 100;
		return paint(size, graphics -> KindGlyph.paint(graphics, kind, new Rectangle(0, 0, size, size)));
	}

	private static ImageData renderArrow(int zoom) {
		int size = SIZE * zoom / 100;
		return paint(size, graphics -> {
			graphics.setForegroundColor(DiagramColors.MUTED);
			graphics.setBackgroundColor(DiagramColors.MUTED);
			graphics.setLineWidth(Math.max(1, size / 8));
			graphics.drawLine(1, size - 2, size - 4, 3);
			graphics.fillPolygon(new int[] { size - 1, 0, size - 1, size / 2, size / 2, 0 });
		});
	}

	private static ImageData paint(int size, java.util.function.Consumer<SWTGraphics> painter) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Image image = new Image(display, size, size);
		GC gc = new GC(image);
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, size, size);
		SWTGraphics graphics = new SWTGraphics(gc);
		graphics.setAntialias(SWT.ON);
		painter.accept(graphics);
		graphics.dispose();
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		data.transparentPixel = data.palette.getPixel(display.getSystemColor(SWT.COLOR_WHITE).getRGB());
		return data;
	}
}
