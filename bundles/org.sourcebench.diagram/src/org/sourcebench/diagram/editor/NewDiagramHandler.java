package org.sourcebench.diagram.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.layout.ElkLayoutService;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;

/**
 * "New Diagram from Source(s)…" (parameter-less, on a selection of sources) and "New Diagram from Dossier"
 * (on the active dossier editor): creates the diagram, laid out, with one command on the dossier's stack,
 * and opens it. The dossier editor is found through the workbench: any editor that adapts to
 * {@link EditingDomain} and holds the dossier.
 */
public class NewDiagramHandler extends AbstractHandler {

	/** Command id: diagram of the selected sources. */
	public static final String FROM_SOURCES = "org.sourcebench.diagram.newFromSources";
	/** Command id: diagram of the whole dossier. */
	public static final String FROM_DOSSIER = "org.sourcebench.diagram.newFromDossier";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<Source> sources = FROM_SOURCES.equals(event.getCommand().getId()) ? sourcesIn(HandlerUtil.getCurrentSelection(event)) : List.of();
		EditingDomain domain;
		Dossier dossier;
		if (!sources.isEmpty()) {
			domain = domainHolding(window.getActivePage(), sources.get(0));
			dossier = (Dossier) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(sources.get(0));
		} else if (FROM_SOURCES.equals(event.getCommand().getId())) {
			MessageDialog.openInformation(window.getShell(), Messages.NoDossier_Title, Messages.NoSources_Message);
			return null;
		} else {
			IEditorPart editor = window.getActivePage().getActiveEditor();
			domain = editor == null ? null : Adapters.adapt(editor, EditingDomain.class);
			dossier = domain == null ? null : dossierOf(domain);
		}
		if (domain == null || dossier == null) {
			MessageDialog.openInformation(window.getShell(), Messages.NoDossier_Title, Messages.NoDossier_Message);
			return null;
		}
		open(window.getActivePage(), domain, dossier, sources);
		return null;
	}

	/** Creates a diagram of {@code sources} (all of the dossier when empty) and opens it (null if interrupted). */
	public static DiagramEditor open(IWorkbenchPage page, EditingDomain domain, Dossier dossier, List<Source> sources) throws ExecutionException {
		Command[] create = new Command[1];
		// The first layout takes seconds on a big dossier: computed off the display thread, with the workbench's
		// progress dialog when it takes long; the user waits for the editor, so the handler does too.
		try {
			page.getWorkbenchWindow().getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(Messages.Job_NewDiagram, IProgressMonitor.UNKNOWN);
				create[0] = DiagramCommands.newDiagram(domain, dossier, sources, new ElkLayoutService());
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			throw new ExecutionException(e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		domain.getCommandStack().execute(create[0]);
		Diagram diagram = (Diagram) dossier.getDiagrams().get(dossier.getDiagrams().size() - 1);
		try {
			return (DiagramEditor) page.openEditor(new DiagramEditorInput(diagram, domain), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	private static List<Source> sourcesIn(ISelection selection) {
		Set<Source> sources = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				Source source = Adapters.adapt(element, Source.class);
				if (source != null) {
					sources.add(source);
				}
			}
		}
		return new ArrayList<>(sources);
	}

	private static EditingDomain domainHolding(IWorkbenchPage page, EObject element) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			EditingDomain domain = editor == null ? null : Adapters.adapt(editor, EditingDomain.class);
			if (domain != null && element.eResource() != null && domain.getResourceSet() == element.eResource().getResourceSet()) {
				return domain;
			}
		}
		return null;
	}

	/** @return the dossier of a dossier editor's editing domain */
	static Dossier dossierOf(EditingDomain domain) {
		for (Resource resource : domain.getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Dossier dossier) {
					return dossier;
				}
			}
		}
		return null;
	}
}
