package org.sourcebench.ui.properties;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A read-only combo cell editor that applies the value the moment it is picked. JFace's
 * {@link ComboBoxCellEditor} applies only on Enter or when the combo loses focus, so a rating picked with the
 * mouse in the Properties view or a table stayed unapplied until the analyst pressed Enter.
 */
public class ApplyOnSelectComboBoxCellEditor extends ComboBoxCellEditor {

	/**
	 * @param items the labels, in the order of the values they stand for
	 */
	public ApplyOnSelectComboBoxCellEditor(Composite parent, String[] items) {
		super(parent, items, SWT.READ_ONLY);
	}

	@Override
	protected Control createControl(Composite parent) {
		Control combo = super.createControl(parent);
		// focusLost() applies the value and deactivates the editor, as Enter does.
		combo.addListener(SWT.Selection, e -> focusLost());
		return combo;
	}
}
