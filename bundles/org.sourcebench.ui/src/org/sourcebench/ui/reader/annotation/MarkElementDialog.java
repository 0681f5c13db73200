package org.sourcebench.ui.reader.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.ui.internal.Messages;

/**
 * "Mark as Actor…" / "Mark as Location…": add the selected text as a mention of an existing element, or of a
 * new one with a name (the selected text to start with) and a kind.
 *
 * @param <E> actor or location
 * @param <K> its kind enum
 */
class MarkElementDialog<E, K> extends AnnotationDialog {

	private final List<E> existing;
	private final Function<E, String> names;
	private final List<K> kinds;
	private final Function<K, String> kindLabels;
	private final E preselected;
	private final String selectedText;
	private Combo elementCombo;
	private Text nameText;
	private Combo kindCombo;
	private E chosen;
	private String name;
	private K kind;

	MarkElementDialog(Shell parent, String title, String selectedText, List<E> existing, Function<E, String> names, List<K> kinds,
			Function<K, String> kindLabels, K defaultKind) {
		super(parent, title, selectedText);
		this.selectedText = selectedText;
		this.existing = existing.stream().sorted(java.util.Comparator.comparing(e -> names.apply(e).toLowerCase(Locale.ROOT))).toList();
		this.names = names;
		this.kinds = kinds;
		this.kindLabels = kindLabels;
		this.kind = defaultKind;
		String wanted = selectedText.strip().toLowerCase(Locale.ROOT);
		this.preselected = this.existing.stream().filter(e -> names.apply(e).toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
				.orElse(null);
	}

	@Override
	protected void createForm(Composite form) {
		List<String> items = new ArrayList<>();
		items.add(Messages.Annotate_newElement);
		existing.forEach(e -> items.add(names.apply(e)));
		elementCombo = combo(form, Messages.Annotate_element, items, "element");
		elementCombo.select(preselected == null ? 0 : existing.indexOf(preselected) + 1);
		new Label(form, SWT.NONE).setText(Messages.Annotate_name);
		nameText = name(new Text(form, SWT.BORDER), "name");
		nameText.setText(selectedText.strip());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
		kindCombo = combo(form, Messages.Annotate_kind, kinds.stream().map(kindLabels).toList(), "kind");
		kindCombo.select(Math.max(0, kinds.indexOf(kind)));
		elementCombo.addListener(SWT.Selection, e -> update());
		update();
	}

	private void update() {
		boolean isNew = elementCombo.getSelectionIndex() <= 0;
		nameText.setEnabled(isNew);
		kindCombo.setEnabled(isNew);
	}

	@Override
	protected void okPressed() {
		int i = elementCombo.getSelectionIndex();
		chosen = i <= 0 ? null : existing.get(i - 1);
		name = nameText.getText().strip();
		kind = kinds.get(Math.max(0, kindCombo.getSelectionIndex()));
		if (chosen == null && name.isEmpty()) {
			setErrorMessage(Messages.Annotate_nameMissing);
			return;
		}
		super.okPressed();
	}

	/** @return the existing element chosen, or null for a new one */
	E chosen() {
		return chosen;
	}

	/** @return the new element's name */
	String name() {
		return name;
	}

	/** @return the new element's kind */
	K kind() {
		return kind;
	}
}
