package org.sourcebench.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.sourcebench.core.io.FileLock;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.edit.DossierEditingDomains;
import org.sourcebench.model.store.DossierLoadException;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.handlers.RecentDossiers;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;
import org.sourcebench.ui.reader.SourceReader;
import org.sourcebench.ui.reader.annotation.HandAnnotation;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;

/**
 * The dossier editor: one {@code .sbx} file, one editing domain and one undo history. Its page is the
 * {@link SourceReader}; the navigator, tables, properties and validation views follow the active dossier
 * editor through {@link DossierContext}. Saving is atomic ({@link DossierStore}) and under the dossier's
 * {@link FileLock}; a file changed on disk since it was read (e.g. by {@code sourcebench analyze}) is never
 * overwritten silently: saving and activating the editor offer to reload. The dirty marker comes from the
 * command stack.
 */
public class DossierEditor extends EditorPart implements DossierContext, IEditingDomainProvider {

	/** The editor id in plugin.xml. */
	public static final String ID = SourcebenchUi.DOSSIER_EDITOR_ID;

	private final DossierStore store = new DossierStore();
	private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
	private AdapterFactoryEditingDomain domain;
	private ComposedAdapterFactory adapterFactory;
	private Dossier dossier;
	private Path file;
	private ModelChangeBroadcaster changes;
	private SourceReader reader;
	private HandAnnotation annotation;
	private final CommandStackListener dirtyListener = event -> Display.getDefault().asyncExec(() -> {
		if (reader != null && !reader.getControl().isDisposed()) {
			firePropertyChange(PROP_DIRTY);
		}
	});
	private final ISelectionListener selectionListener = this::selectedElsewhere;
	/** The version of the file this editor last read or wrote. */
	private ChangedOnDisk.Stamp onDisk;
	/** A version found changed on activation that the analyst chose to keep editing over. */
	private ChangedOnDisk.Stamp keptOver;
	private boolean checkingDisk;
	ChangedOnDisk.Prompt changedOnDisk = ChangedOnDisk.DIALOG;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = DossierEditorInput.pathOf(input);
		if (path == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		setSite(site);
		setInput(input);
		file = path.toAbsolutePath().normalize();
		adapterFactory = DossierEditingDomains.createAdapterFactory();
		domain = new AdapterFactoryEditingDomain(adapterFactory, new DisplayThreadCommandStack(site.getShell().getDisplay()),
				DossierStore.createResourceSet());
		// Lets AdapterFactoryEditingDomain.getEditingDomainFor(element) find this domain: the Properties view
		// and other bundles' parts then edit any element of this dossier through the same command stack.
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		try {
			onDisk = ChangedOnDisk.Stamp.of(file);
			dossier = store.load(file, domain.getResourceSet());
		} catch (DossierLoadException e) {
			throw new PartInitException(NLS.bind(Messages.Editor_cannotOpen, file, e.getProblem()), e);
		}
		changes = new ModelChangeBroadcaster(site.getShell().getDisplay());
		dossier.eAdapters().add(changes);
		domain.getCommandStack().addCommandStackListener(dirtyListener);
		site.setSelectionProvider(selectionProvider);
		updateTitle();
		RecentDossiers.add(file);
	}

	@Override
	public void createPartControl(Composite parent) {
		reader = new SourceReader(parent, this, this::selectFromReader);
		changes.addListener(reader::refresh);
		getSite().getPage().addPostSelectionListener(selectionListener);
		annotation = new HandAnnotation(this, reader);
		hookReaderMenu();
		getSite().getService(IContextService.class).activateContext(SourcebenchUi.READER_CONTEXT_ID);
	}

	/** The reader's context menu group of Mark as Actor, Location, Claim and Add Relationship. */
	public static final String MENU_GROUP_ANNOTATE = "annotate";
	/** The reader's context menu group of Remove Mention. */
	public static final String MENU_GROUP_MENTIONS = "mentions";

	/**
	 * The reader's context menu: groups that plugin.xml's contributions to {@code popup:<editor id>} fill (hand
	 * annotation, then Remove Mention), then whatever other bundles add.
	 */
	private void hookReaderMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			manager.add(new GroupMarker(MENU_GROUP_ANNOTATE));
			manager.add(new Separator(MENU_GROUP_MENTIONS));
			manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		reader.getTextWidget().setMenu(menu.createContextMenu(reader.getTextWidget()));
		getSite().registerContextMenu(menu, selectionProvider);
	}

	/** @return the reader's hand annotation, or null before the editor's controls exist */
	public HandAnnotation getAnnotation() {
		return annotation;
	}

	private void selectFromReader(EObject element) {
		selectionProvider.setSelection(new StructuredSelection(element));
	}

	/** Follows selections made in the views: an actor's mentions, a relationship's evidence, a source. */
	private void selectedElsewhere(IWorkbenchPart part, ISelection selection) {
		if (part == this || reader == null || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return;
		}
		// The diagram's selection holds edit parts that adapt to their model element.
		EObject element = Adapters.adapt(structured.getFirstElement(), EObject.class);
		if (element != null && Dossiers.dossierOf(element) == dossier) {
			reader.focus(element, true);
		}
	}

	@Override
	public void reveal(EObject element) {
		if (reader == null || element == null) {
			return;
		}
		getSite().getPage().activate(this);
		reader.focus(element, true);
		selectionProvider.setSelection(new StructuredSelection(element));
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Under the same lock as sourcebench analyze, so a run cannot slip in between the check and the write.
		try (FileLock lock = FileLock.tryAcquire(file)) {
			if (lock == null) {
				MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
						NLS.bind(Messages.Editor_lockedByOther, file));
				cancel(monitor);
				return;
			}
			if (!ChangedOnDisk.Stamp.of(file).sameAs(onDisk)) {
				ChangedOnDisk.Choice choice = changedOnDisk.ask(getSite().getShell(), file, true, isDirty());
				if (choice == ChangedOnDisk.Choice.RELOAD) {
					lock.close();
					reload();
					cancel(monitor);
					return;
				}
				if (choice != ChangedOnDisk.Choice.OVERWRITE) {
					cancel(monitor);
					return;
				}
			}
			store.save(dossier, file);
			onDisk = ChangedOnDisk.Stamp.of(file);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			SourcebenchUiPlugin.log(e.getMessage(), e);
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
			cancel(monitor);
		}
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	/**
	 * Offers to reload when the file was changed on disk since this editor read or wrote it (asked once per
	 * change; called when the editor is activated).
	 */
	void checkDisk() {
		ChangedOnDisk.Stamp now = ChangedOnDisk.Stamp.of(file);
		if (checkingDisk || now.sameAs(onDisk) || now.sameAs(keptOver) || now.sameAs(ChangedOnDisk.Stamp.MISSING)) {
			return;
		}
		checkingDisk = true;
		try {
			if (changedOnDisk.ask(getSite().getShell(), file, false, isDirty()) == ChangedOnDisk.Choice.RELOAD) {
				reload();
			} else {
				keptOver = now;
			}
		} finally {
			checkingDisk = false;
		}
	}

	/** Reads the file again: this editor closes without saving and a new one opens on the file. */
	private void reload() {
		IWorkbenchPage page = getSite().getPage();
		Path path = file;
		Display.getCurrent().asyncExec(() -> {
			if (page.closeEditor(this, false)) {
				DossierEditors.open(page, path);
			}
		});
	}

	@Override
	public void doSaveAs() {
		Path target = DossierFileDialogs.askSaveLocation(getSite().getShell(), file);
		if (target != null) {
			saveAs(target);
		}
	}

	/** Saves to {@code target} and continues editing that file. */
	public void saveAs(Path target) {
		Path previous = file;
		ChangedOnDisk.Stamp previousStamp = onDisk;
		file = target.toAbsolutePath().normalize();
		// The save dialog asked about replacing an existing file already.
		onDisk = ChangedOnDisk.Stamp.of(file);
		dossier.eResource().setURI(URI.createFileURI(file.toString()));
		doSave(null);
		if (isDirty()) {
			file = previous;
			onDisk = previousStamp;
			dossier.eResource().setURI(URI.createFileURI(previous.toString()));
			return;
		}
		setInputWithNotify(new DossierEditorInput(file));
		updateTitle();
		RecentDossiers.add(file);
	}

	private void updateTitle() {
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void setFocus() {
		reader.getTextWidget().setFocus();
		Display.getCurrent().asyncExec(() -> {
			if (reader != null && !reader.getControl().isDisposed()) {
				checkDisk();
			}
		});
	}

	@Override
	public Dossier getDossier() {
		return dossier;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the file being edited */
	public Path getFile() {
		return file;
	}

	/** @return the source reader */
	public SourceReader getReader() {
		return reader;
	}

	@Override
	public void addModelListener(Runnable listener) {
		changes.addListener(listener);
	}

	@Override
	public void removeModelListener(Runnable listener) {
		changes.removeListener(listener);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == DossierContext.class || adapter == IEditingDomainProvider.class) {
			return adapter.cast(this);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		if (adapter == Dossier.class) {
			return adapter.cast(dossier);
		}
		if (adapter == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
			return adapter.cast(org.sourcebench.ui.properties.LivePropertySheetPage.following(this));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(dirtyListener);
			if (dossier != null) {
				dossier.eAdapters().remove(changes);
			}
			domain.getResourceSet().getResources().forEach(r -> r.unload());
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}
}
