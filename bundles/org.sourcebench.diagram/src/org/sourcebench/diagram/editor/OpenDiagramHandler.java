package org.sourcebench.diagram.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.model.Dossier;

/**
 * Open Diagram: the diagram selected (in the Dossier navigator's Diagrams folder), or, with none selected, one
 * picked from a list of the active dossier's diagrams. A diagram already open is brought to the front.
 */
public class OpenDiagramHandler extends AbstractHandler {

	/** The command id, also used by the navigator of the workbench bundle. */
	public static final String ID = "org.sourcebench.diagram.open";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Diagram diagram = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1
				? Adapters.adapt(selection.getFirstElement(), Diagram.class) : null;
		if (diagram == null) {
			diagram = choose(window);
		}
		if (diagram != null) {
			open(window.getActivePage(), diagram);
		}
		return null;
	}

	/** Opens {@code diagram} with the editing domain of the dossier editor that holds it. */
	public static DiagramEditor open(IWorkbenchPage page, Diagram diagram) throws ExecutionException {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(diagram);
		if (domain == null) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.NoDossier_Title, Messages.NoDossier_Message);
			return null;
		}
		try {
			return (DiagramEditor) page.openEditor(new DiagramEditorInput(diagram, domain), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	private static Diagram choose(IWorkbenchWindow window) {
		IEditorPart editor = window.getActivePage().getActiveEditor();
		Dossier dossier = editor == null ? null : Adapters.adapt(editor, Dossier.class);
		List<Diagram> diagrams = dossier == null ? List.of()
				: dossier.getDiagrams().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
		if (diagrams.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.OpenDiagram_Title, Messages.OpenDiagram_None);
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Diagram) element).getName();
			}
		});
		dialog.setTitle(Messages.OpenDiagram_Title);
		dialog.setMessage(Messages.OpenDiagram_Message);
		dialog.setElements(diagrams.toArray());
		return dialog.open() == Window.OK ? (Diagram) dialog.getFirstResult() : null;
	}
}
