package org.sourcebench.ui.reader.annotation;

import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Base of the small dialogs of hand annotation: a title naming the action, the selected text as message, and
 * a two-column form. Widgets carry a {@link #WIDGET_KEY} so that UI tests can find them.
 */
abstract class AnnotationDialog extends TitleAreaDialog {

	/** The data key naming a widget for tests. */
	static final String WIDGET_KEY = "sourcebench.widget";

	private final String title;
	private final String selectedText;

	AnnotationDialog(Shell parent, String title, String selectedText) {
		super(parent);
		this.title = title;
		this.selectedText = selectedText;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage("\u201c" + org.sourcebench.ui.labels.ElementLabels.shorten(selectedText) + "\u201d");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		createForm(form);
		return area;
	}

	/** Fills the two-column form. */
	protected abstract void createForm(Composite form);

	/** @return a label and a read-only combo of {@code items} in {@code form} */
	static Combo combo(Composite form, String label, List<String> items, String key) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		items.forEach(combo::add);
		combo.setVisibleItemCount(Math.min(20, Math.max(1, items.size())));
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(combo);
		name(combo, key);
		return combo;
	}

	static <W extends Widget> W name(W widget, String key) {
		widget.setData(WIDGET_KEY, key);
		return widget;
	}
}
