package org.sourcebench.ui.actions;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * An action on the selected dossier elements that runs one command on the dossier's editing domain. It is
 * enabled when {@link #createCommand} gives an executable command for the current selection.
 */
public abstract class SelectionAction extends Action implements ISelectionChangedListener {

    private final ISelectionProvider selectionProvider;
    private final Supplier<EditingDomain> domain;

    /**
     * @param text              the menu label
     * @param selectionProvider where the elements are selected
     * @param domain            the editing domain of the shown dossier (may supply null)
     */
    protected SelectionAction(String text, ISelectionProvider selectionProvider, Supplier<EditingDomain> domain) {
        super(text);
        this.selectionProvider = selectionProvider;
        this.domain = domain;
        selectionProvider.addSelectionChangedListener(this);
        update();
    }

    /** @return the command for {@code selected}, or null when the action does not apply */
    protected abstract Command createCommand(EditingDomain editingDomain, List<?> selected);

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        update();
    }

    /** Recomputes enablement from the current selection. */
    public void update() {
        Command command = command();
        setEnabled(command != null && command.canExecute());
        if (command != null) {
            command.dispose();
        }
    }

    private Command command() {
        EditingDomain editingDomain = domain.get();
        if (editingDomain == null || !(selectionProvider.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
            return null;
        }
        return createCommand(editingDomain, selection.toList());
    }

    @Override
    public void run() {
        Command command = command();
        if (command != null && command.canExecute()) {
            domain.get().getCommandStack().execute(command);
        }
    }
}
