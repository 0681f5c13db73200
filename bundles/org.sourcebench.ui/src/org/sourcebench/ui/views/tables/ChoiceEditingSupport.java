package org.sourcebench.ui.views.tables;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.widgets.Composite;
import org.sourcebench.ui.properties.ApplyOnSelectComboBoxCellEditor;

/**
 * In-place choice of a rating or status in a table cell (a read-only combo); the choice becomes a command on
 * the dossier's editing domain, never a direct model change.
 *
 * @param <E> the element type (claim, relationship)
 * @param <V> the value type (an enum)
 */
public class ChoiceEditingSupport<E, V> extends EditingSupport {

	/** Makes the command that sets an element's value. */
	public interface CommandFactory<E, V> {
		/** @return the command setting {@code element}'s value to {@code value} */
		Command create(EditingDomain domain, E element, V value);
	}

	private final Class<E> type;
	private final List<V> values;
	private final Function<E, V> getter;
	private final CommandFactory<E, V> commands;
	private final Supplier<EditingDomain> domain;
	private final ApplyOnSelectComboBoxCellEditor editor;

	public ChoiceEditingSupport(ColumnViewer viewer, Class<E> type, List<V> values, Function<V, String> labels, Function<E, V> getter,
			CommandFactory<E, V> commands, Supplier<EditingDomain> domain) {
		super(viewer);
		this.type = type;
		this.values = values;
		this.getter = getter;
		this.commands = commands;
		this.domain = domain;
		this.editor = new ApplyOnSelectComboBoxCellEditor((Composite) viewer.getControl(), values.stream().map(labels).toArray(String[]::new));
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return type.isInstance(element) && domain.get() != null;
	}

	@Override
	protected Object getValue(Object element) {
		return Math.max(0, values.indexOf(getter.apply(type.cast(element))));
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = value instanceof Integer i ? i : -1;
		if (index < 0 || index >= values.size() || domain.get() == null) {
			return;
		}
		V chosen = values.get(index);
		E typed = type.cast(element);
		if (chosen != getter.apply(typed)) {
			domain.get().getCommandStack().execute(commands.create(domain.get(), typed, chosen));
		}
	}
}
