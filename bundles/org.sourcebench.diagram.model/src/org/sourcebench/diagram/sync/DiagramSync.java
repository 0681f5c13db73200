package org.sourcebench.diagram.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.sourcebench.diagram.notation.Diagram;

/**
 * Keeps the diagrams of a resource set in step with their dossiers: a resource-set-wide content adapter
 * that tells its listeners whenever a change (by any command, undo or redo, from any editor) can alter what
 * a diagram shows. Listeners re-derive the diagram with {@link DiagramContents}.
 *
 * <p>The sync never writes to the notation itself. That is the undo design: everything a diagram shows that
 * depends on the dossier is derived when the diagram is drawn, and the only notation changes that follow a
 * dossier change (a node losing a deleted or merged-away actor, an edge routing losing its relationship) are
 * made by EMF's own delete command as part of the command that deleted the element, so they are undone with
 * it. Notation changes the analyst makes (move, layout, bendpoints, filters) are commands of their own.
 */
public final class DiagramSync extends EContentAdapter {

	/** Told about model changes that may change a diagram. */
	@FunctionalInterface
	public interface Listener {
		/** @param notification the change; called on the thread that made it */
		void diagramMayHaveChanged(Notification notification);
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private DiagramSync() {
	}

	/** @return the sync of {@code resourceSet}, created and attached on first use */
	public static DiagramSync of(ResourceSet resourceSet) {
		for (Object adapter : resourceSet.eAdapters()) {
			if (adapter instanceof DiagramSync sync) {
				return sync;
			}
		}
		DiagramSync sync = new DiagramSync();
		resourceSet.eAdapters().add(sync);
		return sync;
	}

	/** Adds a listener. */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** Removes a listener. */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject)) {
			return;
		}
		for (Listener listener : listeners) {
			listener.diagramMayHaveChanged(notification);
		}
	}

	/** @return true if {@code notification} changes the notation of {@code diagram} itself */
	public static boolean isNotationOf(Diagram diagram, Notification notification) {
		for (Object o = notification.getNotifier(); o instanceof EObject object; o = object.eContainer()) {
			if (object == diagram) {
				return true;
			}
		}
		return false;
	}
}
