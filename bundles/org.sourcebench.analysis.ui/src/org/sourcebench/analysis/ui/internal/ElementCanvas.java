package org.sourcebench.analysis.ui.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A canvas that draws dossier elements and lets the analyst pick them: it keeps the selected elements, tells a
 * listener when a click selects one (or nothing) and when a double-click opens one, shows the tooltip of the
 * element under the pointer, and paints through {@link #paint(GC, int, int)} so that the screen and an exported
 * image are drawn by the same code. Subclasses say what is drawn where ({@link #elementAt(int, int)}).
 */
public abstract class ElementCanvas extends Canvas {

	/** The colours of this canvas, disposed with it. */
	protected final ColorCache colors;
	private Set<EObject> selected = new HashSet<>();
	private Consumer<List<EObject>> selectionListener = s -> {
	};
	private Consumer<EObject> openListener = e -> {
	};

	protected ElementCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		colors = new ColorCache(getDisplay());
		addListener(SWT.Paint, e -> paint(e.gc, getClientArea().width, getClientArea().height));
		addListener(SWT.MouseDoubleClick, e -> {
			EObject element = elementAt(e.x, e.y);
			if (element != null) {
				openListener.accept(element);
			}
		});
		addListener(SWT.MouseHover, e -> setToolTipText(tooltipAt(e.x, e.y)));
		addListener(SWT.Dispose, e -> colors.dispose());
	}

	/** Paints the whole canvas on {@code gc} for a {@code width} × {@code height} area (screen or export). */
	public abstract void paint(GC gc, int width, int height);

	/** @return the element drawn at ({@code x}, {@code y}), or null */
	protected abstract EObject elementAt(int x, int y);

	/** @return the tooltip for the pointer at ({@code x}, {@code y}), or null for none */
	protected abstract String tooltipAt(int x, int y);

	/** Brings the first selected element into view (called by {@link #setSelected}); nothing by default. */
	protected void revealSelected() {
		// subclasses that scroll or pan override this
	}

	/** Marks {@code elements} as selected (as a selection elsewhere in the workbench does) and reveals them. */
	public void setSelected(Collection<? extends EObject> elements) {
		selected = new HashSet<>(elements);
		revealSelected();
		redraw();
	}

	/** @return the selected elements */
	public Set<EObject> getSelected() {
		return selected;
	}

	/** A click (no drag) at ({@code x}, {@code y}): selects the element there, or nothing, and tells the listener. */
	protected void clicked(int x, int y) {
		EObject element = elementAt(x, y);
		List<EObject> elements = element == null ? List.of() : List.of(element);
		selected = new HashSet<>(elements);
		redraw();
		selectionListener.accept(elements);
	}

	/** @param listener told the elements a click selected (empty when it selected nothing) */
	public void onSelection(Consumer<List<EObject>> listener) {
		selectionListener = listener;
	}

	/** @param listener told the element a double-click opened */
	public void onOpen(Consumer<EObject> listener) {
		openListener = listener;
	}
}
