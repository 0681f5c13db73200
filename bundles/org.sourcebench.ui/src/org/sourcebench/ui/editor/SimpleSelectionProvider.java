package org.sourcebench.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A part's selection that is not a viewer's: the element last clicked in the dossier editor's reader or revealed
 * from a view, the marker picked on the timeline or the map. Post-selection listeners hear every change too.
 */
public final class SimpleSelectionProvider implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(l -> l.selectionChanged(event));
		postListeners.forEach(l -> l.selectionChanged(event));
	}
}
