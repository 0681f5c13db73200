package org.sourcebench.ui.labels;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.model.AdmiraltyReliability;

/**
 * Small square badges with the reliability letter, green (A) through red (E) and grey (F, cannot be judged),
 * drawn once per display and disposed with it.
 */
public final class RatingBadges {

	private static final int SIZE = 16;
	private static final Map<AdmiraltyReliability, RGB> COLORS = new EnumMap<>(AdmiraltyReliability.class);
	private static final Map<AdmiraltyReliability, Image> IMAGES = new EnumMap<>(AdmiraltyReliability.class);

	static {
		COLORS.put(AdmiraltyReliability.A, new RGB(27, 120, 55));
		COLORS.put(AdmiraltyReliability.B, new RGB(90, 160, 60));
		COLORS.put(AdmiraltyReliability.C, new RGB(200, 160, 20));
		COLORS.put(AdmiraltyReliability.D, new RGB(220, 110, 30));
		COLORS.put(AdmiraltyReliability.E, new RGB(190, 40, 40));
		COLORS.put(AdmiraltyReliability.F, new RGB(120, 120, 120));
	}

	private RatingBadges() {
	}

	/** @return the badge of {@code reliability}; owned by this class, do not dispose */
	public static synchronized Image badge(AdmiraltyReliability reliability) {
		AdmiraltyReliability key = reliability == null ? AdmiraltyReliability.F : reliability;
		Image image = IMAGES.get(key);
		if (image == null || image.isDisposed()) {
			image = draw(Display.getCurrent(), key);
			IMAGES.put(key, image);
		}
		return image;
	}

	private static Image draw(Display display, AdmiraltyReliability reliability) {
		RGB background = new RGB(254, 254, 254);
		Image canvas = new Image(display, SIZE, SIZE);
		GC gc = new GC(canvas);
		Color backgroundColor = new Color(display, background);
		Color fill = new Color(display, COLORS.get(reliability));
		FontData[] fontData = display.getSystemFont().getFontData();
		for (FontData fd : fontData) {
			fd.setHeight(8);
			fd.setStyle(SWT.BOLD);
		}
		Font font = new Font(display, fontData);
		try {
			gc.setBackground(backgroundColor);
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setBackground(fill);
			gc.fillRoundRectangle(1, 1, SIZE - 2, SIZE - 2, 5, 5);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.setFont(font);
			String letter = reliability.getName();
			Point extent = gc.textExtent(letter);
			gc.drawText(letter, (SIZE - extent.x) / 2, (SIZE - extent.y) / 2, true);
		} finally {
			gc.dispose();
			font.dispose();
		}
		// The corners outside the rounded square become transparent.
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(background);
		Image image = new Image(display, data);
		display.disposeExec(image::dispose);
		return image;
	}
}
