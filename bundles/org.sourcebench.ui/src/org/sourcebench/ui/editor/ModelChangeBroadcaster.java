package org.sourcebench.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;

/**
 * Watches a whole dossier (an {@link EContentAdapter}) and tells listeners once per burst of changes, on the
 * display thread: a merge of two actors makes dozens of notifications but the views refresh once.
 */
class ModelChangeBroadcaster extends EContentAdapter {

	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean pending;

	ModelChangeBroadcaster(Display display) {
		this.display = display;
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || pending || display.isDisposed()) {
			return;
		}
		pending = true;
		display.asyncExec(this::fire);
	}

	private void fire() {
		pending = false;
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				SourcebenchUiPlugin.log("A view failed to follow a dossier change", e);
			}
		}
	}
}
