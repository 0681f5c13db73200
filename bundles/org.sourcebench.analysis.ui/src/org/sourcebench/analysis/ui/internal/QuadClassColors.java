package org.sourcebench.analysis.ui.internal;

import org.eclipse.swt.graphics.RGB;
import org.sourcebench.model.QuadClass;

/**
 * The colours of the four QuadClasses, the same in every view: cooperation green (light: verbal, dark:
 * material), conflict warm (orange: verbal, red: material); claims and uncoded events slate blue.
 */
public final class QuadClassColors {

	private QuadClassColors() {
	}

	/** @return the colour of {@code quad}, slate blue for null */
	public static RGB of(QuadClass quad) {
		if (quad == null) {
			return new RGB(90, 110, 150);
		}
		return switch (quad) {
			case VERBAL_COOPERATION -> new RGB(102, 187, 106);
			case MATERIAL_COOPERATION -> new RGB(27, 120, 55);
			case VERBAL_CONFLICT -> new RGB(245, 150, 40);
			case MATERIAL_CONFLICT -> new RGB(205, 35, 35);
		};
	}
}
