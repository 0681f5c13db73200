package org.sourcebench.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.editor.export.SvgDiagramWriter;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.CreateRelationshipCommand;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.editor.parts.RelationshipEditPart;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.cameo.CameoTable;
import org.sourcebench.test.support.SeedDossier;

/**
 * Opens the seed article's diagram in the workbench (UI harness, Xvfb), edits it through GEF requests as the
 * tools would, undoes through the shared stack, and exports it. Pictures go to {@code target/screenshots}.
 */
class DiagramEditorUiTest {

	private SeedDossier seed;
	private DiagramEditor editor;
	private IWorkbenchPage page;

	@BeforeEach
	void openSeedDiagram() throws Exception {
		seed = SeedDossier.load();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.getWorkbenchWindow().getShell().setSize(1366, 768);
		editor = NewDiagramHandler.open(page, seed.domain(), seed.dossier(), List.of(seed.source()));
		settle();
		saveScreenshot("seed-diagram-opened.png");
		// GEF requests carry screen deltas; at 100 % they equal diagram coordinates.
		((org.eclipse.gef.editparts.ZoomManager) editor.getAdapter(org.eclipse.gef.editparts.ZoomManager.class)).setZoom(1.0);
	}

	@AfterEach
	void close() {
		CreateRelationshipCommand.chooserOverride = null;
		page.closeAllEditors(false);
	}

	private void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 50 && display.readAndDispatch(); i++) {
			// let asynchronous refreshes and layout run
		}
		editor.refreshNow();
		editor.getViewer().getControl().update();
	}

	private DiagramEditPart diagramPart() {
		return (DiagramEditPart) editor.getViewer().getContents();
	}

	private List<RelationshipEditPart> edges() {
		List<RelationshipEditPart> edges = new ArrayList<>();
		for (Object child : diagramPart().getChildren()) {
			for (Object connection : ((ActorEditPart) child).getSourceConnections()) {
				edges.add((RelationshipEditPart) connection);
			}
		}
		return edges;
	}

	private ActorEditPart partOf(Actor actor) {
		return (ActorEditPart) editor.getViewer().getEditPartRegistry().get(actor);
	}

	@Test
	void theSeedDiagramShowsEveryActorAndRelationshipAndPartsAdaptToTheModel() {
		DiagramContents contents = DiagramContents.of(editor.getDiagram());
		assertEquals(contents.actors().size(), diagramPart().getChildren().size());
		assertEquals(contents.relationships().size(), edges().size());
		RelationshipEditPart edge = edges().get(0);
		assertSame(edge.getModel(), edge.getAdapter(Relationship.class));
		ActorEditPart actor = (ActorEditPart) diagramPart().getChildren().get(0);
		assertSame(actor.getModel(), actor.getAdapter(Actor.class));
		assertSame(seed.domain(), editor.getAdapter(org.eclipse.emf.edit.domain.EditingDomain.class));
	}

	@Test
	void creatingAnEdgeWithTheConnectionToolAndUndoingItOnTheSharedStack() {
		List<Actor> actors = DiagramContents.of(editor.getDiagram()).actors();
		ActorEditPart from = partOf(actors.get(0));
		ActorEditPart to = partOf(actors.get(actors.size() - 1));
		int edgesBefore = edges().size();
		int relationshipsBefore = seed.dossier().getRelationships().size();
		CreateRelationshipCommand.chooserOverride = () -> CameoTable.getDefault().lookup("190");

		CreateConnectionRequest request = new CreateConnectionRequest();
		request.setType(RequestConstants.REQ_CONNECTION_START);
		request.setTargetEditPart(from);
		Command start = from.getCommand(request);
		assertNotNull(start);
		request.setStartCommand(start);
		request.setType(RequestConstants.REQ_CONNECTION_END);
		request.setTargetEditPart(to);
		Command complete = to.getCommand(request);
		assertTrue(complete.canExecute());
		editor.getCommandStack().execute(complete);
		settle();

		assertEquals(relationshipsBefore + 1, seed.dossier().getRelationships().size());
		Relationship created = seed.dossier().getRelationships().get(relationshipsBefore);
		assertEquals("190", created.getEventCode());
		assertSame(actors.get(0), created.getFrom());
		assertEquals(edgesBefore + 1, edges().size());
		assertEquals(org.sourcebench.diagram.commands.Messages.CreateRelationshipCommand_label,
				seed.domain().getCommandStack().getUndoCommand().getLabel(), "the GEF edit is the EMF stack's undo command");
		saveScreenshot("seed-diagram-with-new-edge.png");

		editor.getCommandStack().undo();
		settle();
		assertEquals(relationshipsBefore, seed.dossier().getRelationships().size());
		assertEquals(edgesBefore, edges().size());
		assertFalse(DiagramContents.of(editor.getDiagram()).shows(created));
	}

	@Test
	void movingAnActorIsOneUndoableCommand() {
		ActorEditPart part = (ActorEditPart) diagramPart().getChildren().get(0);
		Node node = PlaceNodeCommand.nodeOf(editor.getDiagram(), part.getActor());
		int x = node.getX();
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		move.setEditParts(part);
		move.setMoveDelta(new Point(40, 25));
		editor.getCommandStack().execute(part.getCommand(move));
		settle();
		assertEquals(x + 40, node.getX());
		assertEquals(x + 40, part.getFigure().getBounds().x);
		seed.domain().getCommandStack().undo();
		settle();
		assertEquals(x, node.getX());
	}

	@Test
	void anActorCreatedFromThePaletteIsInTheDossierAndOnTheDiagramAndDeletingItIsUndoable() {
		int actorsBefore = seed.dossier().getActors().size();
		org.eclipse.gef.requests.CreateRequest create = new org.eclipse.gef.requests.CreateRequest();
		create.setFactory(new org.eclipse.gef.requests.CreationFactory() {
			@Override
			public Object getNewObject() {
				return org.sourcebench.model.ActorKind.MILITARY;
			}

			@Override
			public Object getObjectType() {
				return org.sourcebench.model.ActorKind.class;
			}
		});
		create.setLocation(new Point(30, 30));
		create.setSize(new org.eclipse.draw2d.geometry.Dimension(-1, -1));
		editor.getCommandStack().execute(diagramPart().getCommand(create));
		settle();
		assertEquals(actorsBefore + 1, seed.dossier().getActors().size());
		Actor created = seed.dossier().getActors().get(actorsBefore);
		assertEquals(org.sourcebench.model.ActorKind.MILITARY, created.getKind());
		ActorEditPart part = partOf(created);
		assertNotNull(part, "the new actor is on the diagram");

		org.eclipse.gef.requests.GroupRequest delete = new org.eclipse.gef.requests.GroupRequest(RequestConstants.REQ_DELETE);
		delete.setEditParts(part);
		editor.getCommandStack().execute(part.getCommand(delete));
		settle();
		assertFalse(seed.dossier().getActors().contains(created));
		assertEquals(null, partOf(created));
		editor.getCommandStack().undo();
		settle();
		assertTrue(seed.dossier().getActors().contains(created));
		assertNotNull(partOf(created), "undo brings the actor back onto the diagram");
	}

	@Test
	void exportsTheSeedDiagramAsPngAndSvg() throws Exception {
		Path folder = Files.createDirectories(Path.of(System.getProperty("sourcebench.screenshots", "target/screenshots")));
		Path png = folder.resolve("seed-diagram.png");
		org.sourcebench.diagram.editor.export.DiagramImageExporter.writePng(editor.getViewer(), png);
		ImageData data = new ImageLoader().load(png.toString())[0];
		assertTrue(data.width > 300 && data.height > 150, data.width + "x" + data.height);
		assertTrue(countNonWhite(data) > data.width * data.height / 50, "the image has a drawing on it");

		Path svg = folder.resolve("seed-diagram.svg");
		SvgDiagramWriter.write(editor.getViewer(), svg);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<?xml"));
		for (Object child : diagramPart().getChildren()) {
			String name = ((org.sourcebench.diagram.editor.figures.ActorFigure) ((ActorEditPart) child).getFigure()).getShownName();
			assertTrue(text.contains(">" + name.replace("&", "&amp;") + "<"), name);
		}
		assertEquals(edges().size(), text.split("<polyline ", -1).length - 1, "one line for each edge");
		saveScreenshot("seed-diagram-editor.png");
	}

	@Test
	void everyLayoutStyleGivesTheSeedDiagramCardsThatDoNotOverlap() throws Exception {
		Path folder = Files.createDirectories(Path.of(System.getProperty("sourcebench.screenshots", "target/screenshots")));
		for (org.sourcebench.diagram.layout.LayoutService.Style style : org.sourcebench.diagram.layout.LayoutService.Style.values()) {
			editor.layout(style);
			settle();
			List<org.eclipse.draw2d.geometry.Rectangle> cards = new ArrayList<>();
			for (Object child : diagramPart().getChildren()) {
				cards.add(((ActorEditPart) child).getFigure().getBounds().getCopy());
			}
			for (int i = 0; i < cards.size(); i++) {
				for (int j = i + 1; j < cards.size(); j++) {
					assertFalse(cards.get(i).intersects(cards.get(j)), style + ": " + cards.get(i) + " / " + cards.get(j));
				}
			}
			org.sourcebench.diagram.editor.export.DiagramImageExporter.writePng(editor.getViewer(),
					folder.resolve("seed-diagram-" + style.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
		}
	}

	@Test
	void layoutFromTheMenuRunsAsAJobAndIsOneUndoableStep() throws Exception {
		org.sourcebench.diagram.notation.Node node = editor.getDiagram().getNodes().get(0);
		int x = node.getX();
		int y = node.getY();
		org.eclipse.core.runtime.jobs.Job job = editor.scheduleLayout(org.sourcebench.diagram.layout.LayoutService.Style.LAYERED);
		assertTrue(job.isUser(), "the layout shows its progress to the user");
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (job.getState() != org.eclipse.core.runtime.jobs.Job.NONE && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertEquals(org.eclipse.core.runtime.IStatus.OK, job.getResult().getSeverity());
		settle();
		assertEquals(org.sourcebench.diagram.commands.Messages.ApplyLayoutCommand_label,
				seed.domain().getCommandStack().getUndoCommand().getLabel());
		assertTrue(node.getX() != x || node.getY() != y, "the stress layout of the new diagram was replaced by a layered one");
		seed.domain().getCommandStack().undo();
		assertEquals(x, node.getX());
		assertEquals(y, node.getY());
	}

	private static int countNonWhite(ImageData data) {
		int count = 0;
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
					count += 4;
				}
			}
		}
		return count;
	}

	/** Saves the workbench window as it looks, for people to look at. */
	private void saveScreenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of(System.getProperty("sourcebench.screenshots", "target/screenshots")));
			Shell shell = page.getWorkbenchWindow().getShell();
			shell.forceActive();
			settle();
			GC gc = new GC(shell.getDisplay());
			Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
			gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
			image.dispose();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
