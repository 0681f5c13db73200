package org.sourcebench.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.test.support.SeedDossier;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.views.navigator.NavigatorView;

/**
 * Saved diagrams are listed in the Dossier navigator: a second new diagram gets a name of its own, a closed
 * diagram reopens from the Diagrams folder (double-click or Open Diagram), and rename and delete are commands.
 */
class DiagramsNodeUiTest {

	@AfterEach
	void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static void settle() {
		Display display = Display.getCurrent();
		for (int round = 0; round < 5; round++) {
			while (display.readAndDispatch()) {
				// drain
			}
			display.timerExec(30, () -> {
			});
			display.sleep();
		}
		while (display.readAndDispatch()) {
			// drain
		}
	}

	@Test
	void savedDiagramsAreListedReopenedRenamedAndDeletedFromTheNavigator(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("Seed.sbx");
		new DossierStore().save(SeedDossier.load().dossier(), file);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DossierEditor dossierEditor = DossierEditors.open(page, file);
		assertNotNull(dossierEditor);
		Dossier dossier = dossierEditor.getDossier();
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

		page.activate(dossierEditor);
		handlers.executeCommand(NewDiagramHandler.FROM_DOSSIER, null);
		settle();
		page.activate(dossierEditor);
		handlers.executeCommand(NewDiagramHandler.FROM_DOSSIER, null);
		settle();
		assertEquals(2, dossier.getDiagrams().size());
		DiagramEditor fresh = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
		double zoom = ((org.eclipse.gef.editparts.ZoomManager) fresh.getAdapter(org.eclipse.gef.editparts.ZoomManager.class)).getZoom();
		assertTrue(zoom >= DiagramEditor.READABLE_ZOOM && zoom <= 1.0, "a new diagram opens readable, at " + zoom);
		// a single click on an edge fills the Properties view: the edit part gives the relationship's properties
		org.sourcebench.diagram.editor.parts.RelationshipEditPart edge = null;
		for (Object child : fresh.getViewer().getContents().getChildren()) {
			for (Object connection : ((org.sourcebench.diagram.editor.parts.ActorEditPart) child).getSourceConnections()) {
				edge = edge == null ? (org.sourcebench.diagram.editor.parts.RelationshipEditPart) connection : edge;
			}
		}
		assertNotNull(edge);
		org.eclipse.ui.views.properties.IPropertySource properties = org.eclipse.core.runtime.Adapters.adapt(edge,
				org.eclipse.ui.views.properties.IPropertySource.class);
		assertNotNull(properties, "no properties for a selected edge");
		assertSame(edge.getRelationship(), properties.getEditableValue());
		Diagram first = (Diagram) dossier.getDiagrams().get(0);
		Diagram second = (Diagram) dossier.getDiagrams().get(1);
		assertEquals(first.getName() + " (2)", second.getName(), "a second diagram of the dossier is told apart");

		page.closeEditors(Arrays.stream(page.getEditorReferences()).filter(r -> r.getEditor(false) instanceof DiagramEditor)
				.toArray(org.eclipse.ui.IEditorReference[]::new), false);
		settle();
		NavigatorView navigator = (NavigatorView) page.showView(SourcebenchUi.NAVIGATOR_VIEW_ID);
		settle();
		TreeItem diagrams = Arrays.stream(navigator.getViewer().getTree().getItems()).filter(i -> i.getText().startsWith("Diagrams"))
				.findFirst().orElseThrow(() -> new AssertionError("no Diagrams folder"));
		assertEquals("Diagrams (2)", diagrams.getText());
		navigator.getViewer().expandToLevel(4);
		settle();
		assertEquals(2, diagrams.getItemCount());

		// double-click opens the diagram
		navigator.getViewer().setSelection(new StructuredSelection(second), true);
		page.activate(navigator);
		settle();
		savePicture("navigator-diagrams");
		navigator.getViewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
		settle();
		DiagramEditor opened = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
		assertSame(second, opened.getDiagram());
		assertSame(dossierEditor.getEditingDomain(), opened.getEditingDomain());
		page.closeEditor(opened, false);
		settle();

		// rename is one command
		page.activate(navigator);
		navigator.getViewer().setSelection(new StructuredSelection(first), true);
		settle();
		answer("Rename Diagram", shell -> {
			Text name = find(shell);
			name.setText("Russia and Syria");
		});
		handlers.executeCommand("org.eclipse.ui.edit.rename", null);
		settle();
		assertEquals("Russia and Syria", first.getName());
		assertEquals("Rename", dossierEditor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		assertTrue(Arrays.stream(diagrams.getItems()).anyMatch(i -> i.getText().equals("Russia and Syria")), "the navigator follows");

		// delete is one command, undone in one step
		navigator.getViewer().setSelection(new StructuredSelection(first), true);
		settle();
		handlers.executeCommand("org.eclipse.ui.edit.delete", null);
		settle();
		assertFalse(dossier.getDiagrams().contains(first));
		dossierEditor.getEditingDomain().getCommandStack().undo();
		settle();
		assertTrue(dossier.getDiagrams().contains(first));
	}

	private static Text find(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && find(composite) != null) {
				return find(composite);
			}
		}
		return null;
	}

	/** When a shell titled {@code title} opens, runs {@code fill} and presses OK. */
	private static void answer(String title, java.util.function.Consumer<Shell> fill) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible()).findFirst().orElse(null);
			if (shell == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			fill.accept(shell);
			pressOk(shell);
		};
		display.timerExec(50, poll[0]);
	}

	private static boolean pressOk(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && "OK".equals(button.getText().replace("&", ""))) {
				button.notifyListeners(SWT.Selection, new Event());
				return true;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && pressOk(composite)) {
				return true;
			}
		}
		return false;
	}

	/** A screenshot of the workbench window into {@code sourcebench.screenshots}, when set. */
	private static void savePicture(String name) {
		String dir = System.getProperty("sourcebench.screenshots");
		if (dir == null) {
			return;
		}
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
		} finally {
			gc.dispose();
		}
		new File(dir).mkdirs();
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(new File(dir, name + ".png").getAbsolutePath(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
