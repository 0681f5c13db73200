package org.sourcebench.analysis.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Colours of one view, made once and disposed with it. */
public final class ColorCache {

	private final Display display;
	private final Map<RGB, Color> colors = new HashMap<>();

	public ColorCache(Display display) {
		this.display = display;
	}

	public Color get(RGB rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(display, c));
	}

	public Color get(int r, int g, int b) {
		return get(new RGB(r, g, b));
	}

	public void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
	}
}
