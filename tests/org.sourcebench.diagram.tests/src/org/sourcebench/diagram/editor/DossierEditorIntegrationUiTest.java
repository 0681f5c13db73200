package org.sourcebench.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.RelationshipEditPart;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.test.support.SeedDossier;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * The diagram editor in the workbench with the real dossier editor: "New Diagram from Dossier" on the active
 * dossier editor opens a diagram on that editor's command stack, so a move in the diagram makes the dossier
 * dirty and is undone from the dossier's stack, and the saved dossier keeps the diagram.
 */
class DossierEditorIntegrationUiTest {

	@AfterEach
	void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 100 && display.readAndDispatch(); i++) {
			// drain
		}
	}

	@Test
	void newDiagramFromDossierSharesTheDossierEditorsUndoHistoryAndIsSavedWithIt(@TempDir Path folder) throws Exception {
		SeedDossier seed = SeedDossier.load();
		Path file = folder.resolve("Seed.sbx");
		new DossierStore().save(seed.dossier(), file);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DossierEditor dossierEditor = DossierEditors.open(page, file);
		assertNotNull(dossierEditor);
		page.activate(dossierEditor);
		settle();

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NewDiagramHandler.FROM_DOSSIER, null);
		settle();
		DiagramEditor diagramEditor = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
		assertSame(dossierEditor.getEditingDomain(), diagramEditor.getEditingDomain());
		Dossier dossier = dossierEditor.getDossier();
		assertEquals(1, dossier.getDiagrams().size());
		assertTrue(dossierEditor.isDirty(), "the new diagram is a change to the dossier");

		((org.eclipse.gef.editparts.ZoomManager) diagramEditor.getAdapter(org.eclipse.gef.editparts.ZoomManager.class)).setZoom(1.0);
		ActorEditPart part = (ActorEditPart) diagramEditor.getViewer().getContents().getChildren().get(0);
		Diagram diagram = diagramEditor.getDiagram();
		Node node = PlaceNodeCommand.nodeOf(diagram, part.getActor());
		int x = node.getX();
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		move.setEditParts(part);
		move.setMoveDelta(new Point(60, 0));
		diagramEditor.getCommandStack().execute(part.getCommand(move));
		assertEquals(x + 60, node.getX());
		assertEquals(org.sourcebench.diagram.commands.Messages.PlaceNodeCommand_label,
				dossierEditor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

		dossierEditor.getEditingDomain().getCommandStack().undo();
		settle();
		assertEquals(x, node.getX(), "undone from the dossier editor's stack");
		assertTrue(diagramEditor.getCommandStack().canRedo());

		// double-clicking an edge brings the dossier editor forward with the reader at the evidence
		RelationshipEditPart edge = null;
		for (Object child : diagramEditor.getViewer().getContents().getChildren()) {
			for (Object connection : ((ActorEditPart) child).getSourceConnections()) {
				edge = edge == null ? (RelationshipEditPart) connection : edge;
			}
		}
		assertNotNull(edge, "the seed diagram has relationships");
		edge.performRequest(new Request(RequestConstants.REQ_OPEN));
		settle();
		assertSame(dossierEditor, page.getActiveEditor());
		assertEquals(new StructuredSelection(edge.getRelationship()), dossierEditor.getSite().getSelectionProvider().getSelection());

		dossierEditor.doSave(null);
		settle();
		assertFalse(dossierEditor.isDirty());
		Dossier reloaded = new DossierStore().load(file);
		assertEquals(1, reloaded.getDiagrams().size());
		assertEquals(diagram.getNodes().size(), ((Diagram) reloaded.getDiagrams().get(0)).getNodes().size());
	}
}
