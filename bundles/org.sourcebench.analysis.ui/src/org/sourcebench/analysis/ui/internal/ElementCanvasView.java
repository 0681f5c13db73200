package org.sourcebench.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.sourcebench.ui.editor.SimpleSelectionProvider;
import org.sourcebench.ui.views.DossierViewPart;

/**
 * A dossier view drawn on one {@link ElementCanvas}: what the analyst clicks on the canvas becomes the workbench
 * selection (the reader, tables and diagram follow), a double-click reveals the element in the reader, and what is
 * selected elsewhere is marked on the canvas. Subclasses create the canvas and hand it to {@link #connect}.
 *
 * @param <C> the canvas type
 */
public abstract class ElementCanvasView<C extends ElementCanvas> extends DossierViewPart {

	private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
	private final ISelectionListener selectionListener = this::selectedElsewhere;
	private C canvas;

	/** Wires {@code newCanvas} to the workbench selection; call once from {@code createContents}. @return it */
	protected C connect(C newCanvas) {
		canvas = newCanvas;
		canvas.onSelection(elements -> select(elements));
		canvas.onOpen(element -> {
			if (getContext() != null) {
				getContext().reveal(element);
			}
		});
		getSite().setSelectionProvider(selectionProvider);
		getSite().getPage().addPostSelectionListener(selectionListener);
		return canvas;
	}

	/** Makes {@code elements} the workbench selection of this view. */
	protected void select(List<? extends EObject> elements) {
		selectionProvider.setSelection(new StructuredSelection(elements));
	}

	/** @return what to mark on the canvas for {@code elements} selected in another part; all of them by default */
	protected List<EObject> toMark(List<EObject> elements) {
		return elements;
	}

	private void selectedElsewhere(IWorkbenchPart part, ISelection selection) {
		if (part == this || isDisposed()) {
			return;
		}
		List<EObject> elements = Selections.elements(selection);
		if (!elements.isEmpty()) {
			canvas.setSelected(toMark(elements));
		}
	}

	/** @return the size of an exported image for a canvas of size {@code onScreen}; the same by default */
	protected Point exportSize(Point onScreen) {
		return onScreen;
	}

	/** Writes the canvas as it is on screen (zoom, position, selection) to a PNG file. */
	public void exportPng(Path file) throws IOException {
		Rectangle area = canvas.getClientArea();
		Point size = exportSize(new Point(area.width, area.height));
		PngExport.save(canvas.getDisplay(), size.x, size.y, gc -> canvas.paint(gc, size.x, size.y), file);
	}

	/** @return the canvas */
	public C getCanvas() {
		return canvas;
	}

	@Override
	protected boolean isDisposed() {
		return canvas == null || canvas.isDisposed();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
