package org.sourcebench.ui.properties;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo that edits a value from a fixed list (an enum literal) rather than an index. */
class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> labels) {
        super(parent, values.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
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
