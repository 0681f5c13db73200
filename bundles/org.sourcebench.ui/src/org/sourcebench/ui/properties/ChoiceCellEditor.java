package org.sourcebench.ui.properties;

import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;

/** A read-only combo that edits a value from a fixed list (an enum literal) rather than an index; applies on pick. */
class ChoiceCellEditor extends ApplyOnSelectComboBoxCellEditor {

	private final List<Object> values;

	ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> labels) {
		super(parent, values.stream().map(labels).toArray(String[]::new));
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < values.size() ? values.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Math.max(0, values.indexOf(value)));
	}
}
