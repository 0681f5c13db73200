package org.sourcebench.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcebench.diagram.editor.export.DiagramImageExporter;
import org.sourcebench.diagram.editor.export.SvgDiagramWriter;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.RelationshipEditPart;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.importing.SampleDossier;
import org.sourcebench.ui.reader.SourceReader;

/**
 * The diagram of the sample dossier as an analyst uses it (UI harness, Xvfb): opened with Diagram > New Diagram
 * from Dossier on the real dossier editor, driven through its tool bar, clicks and context menu.
 */
class SampleDiagramUiTest {

	private static DossierEditor dossierEditor;
	private static DiagramEditor diagram;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@BeforeAll
	static void openTheSampleDiagram() throws Exception {
		page().closeAllEditors(false);
		page().getWorkbenchWindow().getShell().setSize(1366, 768);
		// a fresh sample: an earlier test class may have left the file without its (unsaved) import
		Files.deleteIfExists(org.eclipse.core.runtime.Platform.getStateLocation(org.osgi.framework.FrameworkUtil.getBundle(SampleDossier.class))
				.toPath().resolve("sample").resolve(SampleDossier.FILE_NAME));
		ImportArticlesJob job = SampleDossier.open(page());
		if (job != null) {
			until(() -> job.getState() == Job.NONE && job.getResult() != null, "the sample import");
		}
		settle();
		dossierEditor = assertInstanceOf(DossierEditor.class, page().getActiveEditor());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NewDiagramHandler.FROM_DOSSIER, null);
		settle();
		diagram = assertInstanceOf(DiagramEditor.class, page().getActiveEditor());
	}

	@AfterAll
	static void close() {
		page().closeAllEditors(false);
		settle();
	}

	private static ZoomManager zoom() {
		return (ZoomManager) diagram.getAdapter(ZoomManager.class);
	}

	@Test
	void theZoomDropDownOfTheToolBarZoomsTheActiveDiagram() {
		page().activate(diagram);
		settle();
		Combo combo = find(page().getWorkbenchWindow().getShell(), Combo.class, c -> Arrays.asList(c.getItems()).contains("100%"));
		assertNotNull(combo, "no zoom drop-down in the tool bar");
		assertTrue(combo.isEnabled(), "the zoom drop-down is bound to the active diagram");
		assertTrue(Arrays.asList(combo.getItems()).containsAll(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, "50%", "200%")),
				Arrays.toString(combo.getItems()));

		choose(combo, "200%");
		assertEquals(2.0, zoom().getZoom(), 1e-9);
		choose(combo, "50%");
		assertEquals(0.5, zoom().getZoom(), 1e-9);
		choose(combo, ZoomManager.FIT_ALL);
		double page = zoom().getZoom();
		assertTrue(page < 0.5, "the whole sample chart fits the window only below 50 %, not at " + page);
		choose(combo, ZoomManager.FIT_WIDTH);
		assertTrue(zoom().getZoom() >= page, "fit to width zooms at least as far in as fit to page");
		choose(combo, "100%");
		assertEquals(1.0, zoom().getZoom(), 1e-9);
		assertEquals("100%", combo.getText(), "the drop-down shows the zoom");
		assertTrue(actorsInView() > 0, "100% after Page shows the chart, not the empty middle of the canvas");
		choose(combo, ZoomManager.FIT_ALL);
		choose(combo, "300%");
		assertTrue(actorsInView() > 0, "300% after Page shows the chart");
		choose(combo, "100%");
		screenshot("diagram-zoom-100");

		// bound to the active part: disabled for the dossier editor, working again for the diagram
		page().activate(dossierEditor);
		settle();
		assertTrue(combo.isDisposed() || !combo.isEnabled() || !combo.isVisible(), "the drop-down does not offer to zoom the dossier editor");
		page().activate(diagram);
		settle();
		Combo again = find(page().getWorkbenchWindow().getShell(), Combo.class, c -> Arrays.asList(c.getItems()).contains("100%") && c.isVisible());
		assertNotNull(again);
		assertTrue(again.isEnabled());
		choose(again, "50%");
		assertEquals(0.5, zoom().getZoom(), 1e-9);
	}

	/** @return how many actor cards are at least partly inside the visible part of the canvas */
	private static int actorsInView() {
		org.eclipse.swt.graphics.Rectangle area = ((org.eclipse.swt.widgets.Canvas) diagram.getViewer().getControl()).getClientArea();
		Rectangle visible = new Rectangle(area.x, area.y, area.width, area.height);
		int count = 0;
		for (Object child : diagram.getViewer().getContents().getChildren()) {
			IFigure figure = ((ActorEditPart) child).getFigure();
			Rectangle bounds = figure.getBounds().getCopy();
			figure.translateToAbsolute(bounds);
			if (figure.isVisible() && bounds.intersects(visible)) {
				count++;
			}
		}
		return count;
	}

	@Test
	void showEvidenceInTheContextMenuOfARelationshipAndOfAnActorOpensTheReaderThere() {
		page().activate(diagram);
		zoom().setZoom(1.0);
		settle();
		RelationshipEditPart edge = edges().stream().filter(e -> !e.getRelationship().getEvidence().isEmpty()
				&& e.getRelationshipFigure().getLabel().isVisible()).reduce((a, b) -> b).orElseThrow();
		click(edge.getRelationshipFigure().getLabel());
		runFromContextMenu("Show Evidence", "diagram-context-menu");
		assertSame(dossierEditor, page().getActiveEditor(), "the dossier editor comes to the front");
		SourceReader reader = dossierEditor.getReader();
		Relationship relationship = edge.getRelationship();
		assertSame(relationship, reader.getFocus());
		org.eclipse.swt.graphics.Point selected = reader.getTextWidget().getSelection();
		assertTrue(relationship.getEvidence().stream().anyMatch(span -> span.getSource() == reader.getSource() && span.getBegin() == selected.x
				&& span.getEnd() == selected.y), "the reader selects the evidence, not " + selected);

		page().activate(diagram);
		settle();
		List<ActorEditPart> cards = new java.util.ArrayList<>();
		for (Object child : diagram.getViewer().getContents().getChildren()) {
			cards.add((ActorEditPart) child);
		}
		ActorEditPart actorPart = cards.stream().filter(card -> !card.getActor().getMentions().isEmpty()).reduce((a, b) -> b).orElseThrow();
		click(actorPart.getFigure());
		assertEquals(List.of(actorPart), diagram.getViewer().getSelectedEditParts());
		runFromContextMenu("Show Evidence", null);
		assertSame(dossierEditor, page().getActiveEditor());
		org.sourcebench.model.Actor actor = actorPart.getActor();
		assertSame(actor, reader.getFocus());
		org.eclipse.swt.graphics.Point mention = reader.getTextWidget().getSelection();
		assertTrue(actor.getMentions().stream().anyMatch(span -> span.getSource() == reader.getSource() && span.getBegin() == mention.x
				&& span.getEnd() == mention.y), "the reader selects a mention of " + actor.getCanonicalName() + ", not " + mention);
		java.util.OptionalInt first = actor.getMentions().stream().filter(span -> span.getSource() == reader.getSource())
				.mapToInt(org.sourcebench.model.Span::getBegin).min();
		assertEquals(first.getAsInt(), mention.x, "the first mention in the source shown");
		page().activate(diagram);
		settle();
	}

	/** Opens the diagram's context menu as a right click does and runs its item {@code text}. */
	private static void runFromContextMenu(String text, String screenshotName) {
		Menu menu = diagram.getViewer().getControl().getMenu();
		assertNotNull(menu, "the diagram has a context menu");
		if (screenshotName != null) {
			menu.setLocation(diagram.getViewer().getControl().toDisplay(200, 40));
			menu.setVisible(true);
			settle();
			screenshot(screenshotName);
			menu.setVisible(false);
			settle();
		}
		// shown without a pointer: the workbench fills in the contributions (and removes them again on hide)
		menu.notifyListeners(SWT.Show, new Event());
		settle();
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
				.orElseThrow(() -> new AssertionError(text + " not in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		assertTrue(item.isEnabled(), text + " is enabled");
		item.notifyListeners(SWT.Selection, new Event());
		if (!menu.isDisposed()) {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		settle();
	}

	@Test
	void unrelatedActorsAreHiddenUntilTheToolBarToggleShowsThemAndUndoHidesThemAgain() {
		page().activate(diagram);
		settle();
		org.sourcebench.diagram.sync.DiagramContents contents = org.sourcebench.diagram.sync.DiagramContents.of(diagram.getDiagram());
		assertTrue(contents.hiddenUnrelated() > 0, "the sample mentions actors that take part in no relationship");
		org.sourcebench.model.Actor hidden = diagram.getDiagram().getNodes().stream().map(org.sourcebench.diagram.notation.Node::getActor)
				.filter(a -> !contents.shows(a)).findFirst().orElseThrow();
		assertEquals(null, diagram.getViewer().getEditPartRegistry().get(hidden), "not drawn by default");
		assertTrue(((org.sourcebench.diagram.editor.parts.DiagramEditPart) diagram.getViewer().getContents()).getLegend().texts().get(1)
				.endsWith(contents.hiddenUnrelated() + " unrelated actors hidden"), "the legend says so");

		ToolItem toggle = toolItem(Messages.Action_ShowUnrelated);
		assertFalse(toggle.getSelection());
		toggle.setSelection(true);
		toggle.notifyListeners(SWT.Selection, new Event());
		settle();
		diagram.refreshNow();
		assertTrue(diagram.getDiagram().isShowUnrelatedActors(), "saved with the diagram");
		assertNotNull(diagram.getViewer().getEditPartRegistry().get(hidden), "the toggle shows them");
		assertEquals(org.sourcebench.diagram.commands.Messages.SetDiagramFilterCommand_label,
				dossierEditor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(), "one undoable command");
		screenshot("diagram-unrelated-shown");

		dossierEditor.getEditingDomain().getCommandStack().undo();
		settle();
		diagram.refreshNow();
		assertEquals(null, diagram.getViewer().getEditPartRegistry().get(hidden), "undo hides them again");
		assertFalse(toggle.getSelection(), "the tool bar button follows the undo");
	}

	/** @return the tool bar button whose tool tip starts with {@code text} */
	private static ToolItem toolItem(String text) {
		List<ToolItem> items = new java.util.ArrayList<>();
		collectToolItems(page().getWorkbenchWindow().getShell(), items);
		return items.stream().filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(text) && !i.isDisposed()).findFirst()
				.orElseThrow(() -> new AssertionError("no tool bar button " + text));
	}

	private static void collectToolItems(Composite parent, List<ToolItem> items) {
		for (Control child : parent.getChildren()) {
			if (child instanceof ToolBar bar && bar.isVisible()) {
				items.addAll(Arrays.asList(bar.getItems()));
			}
			if (child instanceof Composite composite) {
				collectToolItems(composite, items);
			}
		}
	}

	@Test
	void anEdgeLabelThatWouldCoverOneOfItsCardsShowsTheCameoCodeAlone() {
		page().activate(diagram);
		zoom().setZoom(1.0);
		settle();
		int whole = 0;
		for (RelationshipEditPart edge : edges()) {
			org.sourcebench.diagram.editor.figures.EdgeLabel label = edge.getRelationshipFigure().getLabel();
			if (!label.isVisible() || !edge.getFigure().isVisible()) {
				continue;
			}
			Rectangle bounds = label.getBounds();
			IFigure from = ((ActorEditPart) edge.getSource()).getFigure();
			IFigure to = ((ActorEditPart) edge.getTarget()).getFigure();
			String code = edge.getRelationship().getEventCode();
			if (bounds.intersects(from.getBounds()) || bounds.intersects(to.getBounds())) {
				assertTrue(label.getText().equals(code) || label.getText().startsWith(code + " \u00d7"),
						"a label over a card shows the code alone: " + label.getText());
			} else {
				whole++;
			}
		}
		assertTrue(whole > 5, "most labels keep the event's name: " + whole);
	}

	@Test
	void theSvgExportShowsWhatThePngShowsCardsWithCountriesKindIconsEdgeLabelsAboveTheCardsAndTheWholeLegend() throws Exception {
		page().activate(diagram);
		settle();
		Path folder = Files.createDirectories(Path.of(System.getProperty("sourcebench.screenshots", "target/screenshots")));
		Path png = folder.resolve("sample-diagram.png");
		Path svg = folder.resolve("sample-diagram.svg");
		DiagramImageExporter.writePng(diagram.getViewer(), png);
		SvgDiagramWriter.write(diagram.getViewer(), svg);

		org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		org.w3c.dom.NodeList nodes = document.getElementsByTagName("text");
		List<String> texts = new java.util.ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		org.w3c.dom.Element root = document.getDocumentElement();
		org.eclipse.draw2d.geometry.Rectangle area = DiagramImageExporter.drawnArea(diagram.getViewer());
		assertEquals(area.width + " " + area.height, root.getAttribute("width") + " " + root.getAttribute("height"), "the PNG's size");
		org.eclipse.swt.graphics.ImageData image = new ImageLoader().load(png.toString())[0];
		assertEquals(area.width + " " + area.height, image.width + " " + image.height);

		int lastCard = -1;
		String markup = Files.readString(svg);
		for (Object child : diagram.getViewer().getContents().getChildren()) {
			org.sourcebench.diagram.editor.figures.ActorFigure card = (org.sourcebench.diagram.editor.figures.ActorFigure) ((ActorEditPart) child).getFigure();
			org.sourcebench.model.Actor actor = ((ActorEditPart) child).getActor();
			int name = texts.indexOf(card.getShownName());
			assertTrue(name >= 0, "no card for " + card.getShownName());
			assertEquals(card.getDetail(), texts.get(name + 1), "kind and country under the name");
			if (actor.getCountry() != null && !actor.getCountry().isBlank()) {
				assertTrue(texts.get(name + 1).endsWith("\u00b7 " + actor.getCountry()), "country code of " + actor.getCanonicalName());
			}
			assertTrue(markup.contains("fill=\"" + org.sourcebench.diagram.editor.figures.DiagramColors.hex(
					org.sourcebench.diagram.editor.figures.DiagramColors.of(actor.getKind())) + "\""), "kind icon colour of " + actor.getCanonicalName());
			lastCard = Math.max(lastCard, name + 1);
		}
		int labels = 0;
		for (RelationshipEditPart edge : edges()) {
			org.sourcebench.diagram.editor.figures.EdgeLabel label = edge.getRelationshipFigure().getLabel();
			if (label.isVisible() && edge.getFigure().isVisible()) {
				int at = texts.indexOf(label.getText());
				assertTrue(at > lastCard, label.getText() + " is drawn after (above) every card, at " + at);
				labels++;
			}
		}
		assertTrue(labels > 5, "edge labels in the SVG: " + labels);
		List<String> legend = ((org.sourcebench.diagram.editor.parts.DiagramEditPart) diagram.getViewer().getContents()).getLegend().texts();
		assertTrue(legend.size() > 8, legend.toString());
		assertEquals(legend, texts.subList(texts.size() - legend.size(), texts.size()), "the whole legend, last, as on screen");
		assertTrue(Files.size(svg) > 10_000);
	}


	@Test
	void theDiagramOpensReadableCentredOnItsMostConnectedActor() {
		page().activate(diagram);
		zoom().setZoom(0.25);
		settle();
		diagram.zoomToFit();
		settle();
		assertTrue(zoom().getZoom() >= DiagramEditor.READABLE_ZOOM && zoom().getZoom() <= 1.0, "opens at " + zoom().getZoom());
		ActorEditPart hub = null;
		for (Object child : diagram.getViewer().getContents().getChildren()) {
			ActorEditPart part = (ActorEditPart) child;
			if (hub == null || part.getSourceConnections().size() + part.getTargetConnections().size() > hub.getSourceConnections().size()
					+ hub.getTargetConnections().size()) {
				hub = part;
			}
		}
		Rectangle card = hub.getFigure().getBounds().getCopy();
		hub.getFigure().translateToAbsolute(card);
		org.eclipse.swt.graphics.Rectangle canvas = ((org.eclipse.swt.widgets.Canvas) diagram.getViewer().getControl()).getClientArea();
		assertTrue(Math.abs(card.getCenter().x - canvas.width / 2) < canvas.width / 8 && Math.abs(card.getCenter().y - canvas.height / 2) < canvas.height / 8,
				hub.getActor().getCanonicalName() + " at " + card + " is in the middle of " + canvas);
	}

	@Test
	void aSingleClickOnAnEdgeFillsPropertiesAndMovesTheReaderToTheEvidence() throws Exception {
		PropertySheet sheet = (PropertySheet) page().showView(SourcebenchUi.PROPERTIES_VIEW_ID);
		page().activate(diagram);
		zoom().setZoom(1.0);
		settle();
		RelationshipEditPart edge = edges().stream().filter(e -> !e.getRelationship().getEvidence().isEmpty()
				&& e.getRelationshipFigure().getLabel().isVisible()).findFirst().orElseThrow();
		click(edge.getRelationshipFigure().getLabel());
		assertEquals(List.of(edge), diagram.getViewer().getSelectedEditParts(), "the click selects the edge");
		Relationship relationship = edge.getRelationship();
		assertEquals(relationship.getEventCode(), propertyText(sheet, "Event Code"), "Properties shows the clicked relationship");
		SourceReader reader = dossierEditor.getReader();
		assertSame(relationship, reader.getFocus(), "the reader follows the click");
		org.eclipse.swt.graphics.Point selected = reader.getTextWidget().getSelection();
		assertTrue(relationship.getEvidence().stream().anyMatch(span -> span.getSource() == reader.getSource() && span.getBegin() == selected.x
				&& span.getEnd() == selected.y), "the reader selects the evidence, not " + selected);
		screenshot("diagram-edge-click-properties");
	}

	private static List<RelationshipEditPart> edges() {
		List<RelationshipEditPart> edges = new java.util.ArrayList<>();
		for (Object child : diagram.getViewer().getContents().getChildren()) {
			for (Object connection : ((ActorEditPart) child).getSourceConnections()) {
				edges.add((RelationshipEditPart) connection);
			}
		}
		return edges;
	}

	/** A left click on the middle of {@code figure}, as the mouse makes it on the diagram's canvas. */
	static void click(IFigure figure) {
		diagram.getViewer().reveal((org.eclipse.gef.EditPart) diagram.getViewer().getVisualPartMap().get(owner(figure)));
		settle();
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		Control canvas = diagram.getViewer().getControl();
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.type = type;
			event.widget = canvas;
			event.button = type == SWT.MouseMove ? 0 : 1;
			event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
			event.x = bounds.getCenter().x;
			event.y = bounds.getCenter().y;
			canvas.notifyListeners(type, event);
		}
		settle();
	}

	private static IFigure owner(IFigure figure) {
		IFigure owner = figure;
		while (owner != null && !diagram.getViewer().getVisualPartMap().containsKey(owner)) {
			owner = owner.getParent();
		}
		return owner;
	}

	/** @return the value column of the Properties row named {@code name} */
	static String propertyText(PropertySheet sheet, String name) {
		Tree tree = (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
		List<String> rows = new java.util.ArrayList<>();
		for (TreeItem item : all(tree.getItems())) {
			if (item.getText(0).equals(name)) {
				return item.getText(1);
			}
			rows.add(item.getText(0));
		}
		throw new AssertionError("no property " + name + " in " + rows);
	}

	private static List<TreeItem> all(TreeItem[] items) {
		List<TreeItem> list = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			list.add(item);
			item.setExpanded(true);
			list.addAll(all(item.getItems()));
		}
		return list;
	}

	/** Picks {@code entry} in the drop-down as a click on it does: the selection changes, then SWT says so. */
	private static void choose(Combo combo, String entry) {
		int index = Arrays.asList(combo.getItems()).indexOf(entry);
		assertTrue(index >= 0, entry + " not in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static void until(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long giveUp = System.currentTimeMillis() + 300_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > giveUp) {
				fail("gave up waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	static void settle() {
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

	/** A screenshot of the workbench window into {@code sourcebench.screenshots}, when set. */
	static void screenshot(String name) {
		String dir = System.getProperty("sourcebench.screenshots");
		if (dir == null) {
			return;
		}
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.forceActive();
		settle();
		Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
		} finally {
			gc.dispose();
		}
		new File(dir).mkdirs();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(new File(dir, name + ".png").getAbsolutePath(), SWT.IMAGE_PNG);
		image.dispose();
	}

}
