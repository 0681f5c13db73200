package org.sourcebench.ui.views;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.sourcebench.model.Dossier;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.sourcebench.ui.editor.CommandStackAction;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.properties.LivePropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Base of the views that show the dossier of the active dossier editor. It follows editor activation, keeps
 * the view's Undo/Redo on that editor's command stack (so Ctrl+Z works while a table has focus) and calls
 * {@link #refresh()} after every burst of model changes. Views read the model and change it only through
 * commands on {@link #getEditingDomain()}.
 */
public abstract class DossierViewPart extends ViewPart {

	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();
	private final Runnable modelListener = this::refreshIfAlive;
	private DossierContext context;
	private final java.util.List<LivePropertySheetPage> propertyPages = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part != null && context != null && part.getAdapter(DossierContext.class) == context) {
				IEditorPart next = getSite().getPage().getActiveEditor();
				setContext(next == null || next == part ? null : contextOf(next));
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		createContents(parent);
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		contributeActions(bars);
		getSite().getPage().addPartListener(editorTracker);
		IEditorPart editor = getSite().getPage().getActiveEditor();
		setContentDescription(Messages.View_noDossier);
		setContext(editor == null ? null : contextOf(editor));
	}

	/** Creates the view's widgets. */
	protected abstract void createContents(Composite parent);

	/**
	 * Adds the view's own toolbar and view menu. Commands on the selection are handlers in plugin.xml
	 * (org.sourcebench.ui.handlers), which also puts them into the context menu.
	 */
	protected void contributeActions(IActionBars bars) {
	}

	/** Shows the current dossier (or nothing when {@link #getContext()} is null). */
	protected abstract void refresh();

	/** @return whether the view's widgets are gone */
	protected abstract boolean isDisposed();

	private void follow(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor) {
			DossierContext next = contextOf(editor);
			if (next != null) {
				setContext(next);
			}
		}
	}

	/**
	 * @return the dossier context of {@code editor}: its own, or, for an editor that only adapts to the
	 *         {@link Dossier} (a diagram of it), that of the open dossier editor of the same dossier
	 */
	private DossierContext contextOf(IEditorPart editor) {
		DossierContext own = editor.getAdapter(DossierContext.class);
		if (own != null) {
			return own;
		}
		Dossier dossier = editor.getAdapter(Dossier.class);
		if (dossier == null) {
			return null;
		}
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			IEditorPart other = reference.getEditor(false);
			DossierContext candidate = other == null ? null : other.getAdapter(DossierContext.class);
			if (candidate != null && candidate.getDossier() == dossier) {
				return candidate;
			}
		}
		return null;
	}

	private void setContext(DossierContext next) {
		if (next == context) {
			return;
		}
		if (context != null) {
			context.removeModelListener(modelListener);
		}
		context = next;
		if (context != null) {
			context.addModelListener(modelListener);
		}
		EditingDomain domain = getEditingDomain();
		undo.setEditingDomain(domain);
		redo.setEditingDomain(domain);
		setContentDescription(context == null ? Messages.View_noDossier : "");
		refreshIfAlive();
	}

	private void refreshIfAlive() {
		if (!isDisposed()) {
			refresh();
		}
		propertyPages.removeIf(page -> page.getControl() != null && page.getControl().isDisposed());
		propertyPages.forEach(LivePropertySheetPage::modelChanged);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			// Follows whichever dossier this view follows: refreshed with the view after each model change.
			LivePropertySheetPage page = new LivePropertySheetPage();
			propertyPages.add(page);
			return adapter.cast(page);
		}
		// What the command handlers of plugin.xml work on: the followed dossier and its editing domain.
		if (adapter == DossierContext.class) {
			return adapter.cast(context);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(getEditingDomain());
		}
		return super.getAdapter(adapter);
	}

	/** @return the dossier editor this view follows, or null */
	public DossierContext getContext() {
		return context;
	}

	/** @return the dossier of the editor this view follows, or null */
	public Dossier shownDossier() {
		return context == null ? null : context.getDossier();
	}

	/** @return the editing domain of the followed dossier, or null */
	protected EditingDomain getEditingDomain() {
		return context == null ? null : context.getEditingDomain();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorTracker);
		setContextQuietly();
		undo.setEditingDomain(null);
		redo.setEditingDomain(null);
		super.dispose();
	}

	private void setContextQuietly() {
		if (context != null) {
			context.removeModelListener(modelListener);
			context = null;
		}
	}
}
