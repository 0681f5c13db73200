package org.sourcebench.ui.reader;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.sourcebench.ui.internal.Messages;

/** The reader's legend: one check box per span category with a swatch of its colour, switching it on and off. */
final class SpanLegend {

	private final Composite row;
	private final Map<SpanCategory, Button> toggles = new EnumMap<>(SpanCategory.class);
	private final Map<SpanCategory, Image> swatches = new EnumMap<>(SpanCategory.class);

	SpanLegend(Composite parent, BiConsumer<SpanCategory, Boolean> onToggle) {
		row = new Composite(parent, SWT.NONE);
		RowLayoutFactory.swtDefaults().margins(2, 0).spacing(12).wrap(true).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		for (SpanCategory category : SpanCategory.values()) {
			Button toggle = new Button(row, SWT.CHECK);
			toggle.setText(category.label());
			toggle.setSelection(true);
			toggle.setToolTipText(org.eclipse.osgi.util.NLS.bind(Messages.Reader_toggleTooltip, category.label()));
			toggle.addListener(SWT.Selection, e -> onToggle.accept(category, toggle.getSelection()));
			toggles.put(category, toggle);
		}
		row.addListener(SWT.Dispose, e -> swatches.values().forEach(Image::dispose));
	}

	/** Repaints the swatches in the current colours. */
	void setColors(Function<SpanCategory, Color> colors) {
		for (Map.Entry<SpanCategory, Button> entry : toggles.entrySet()) {
			Image old = swatches.remove(entry.getKey());
			Image swatch = new Image(row.getDisplay(), 14, 14);
			GC gc = new GC(swatch);
			gc.setBackground(colors.apply(entry.getKey()));
			gc.fillRectangle(0, 0, 14, 14);
			gc.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(0, 0, 13, 13);
			gc.dispose();
			entry.getValue().setImage(swatch);
			swatches.put(entry.getKey(), swatch);
			if (old != null) {
				old.dispose();
			}
		}
		row.layout(true);
	}

	/** Sets a toggle as if the analyst clicked it (for keyboard commands and tests). */
	void setVisible(SpanCategory category, boolean visible) {
		toggles.get(category).setSelection(visible);
	}
}
