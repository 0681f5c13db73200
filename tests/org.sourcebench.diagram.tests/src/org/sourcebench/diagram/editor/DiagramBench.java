package org.sourcebench.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sourcebench.diagram.commands.ApplyLayoutCommand;
import org.sourcebench.diagram.editor.export.DiagramImageExporter;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.layout.ElkLayoutService;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.edit.DossierEditingDomains;
import org.sourcebench.test.support.BenchDossiers;

/**
 * Bench, not a test: 1,000 actors and 5,000 relationships (random, seeded) laid out in each style, then the
 * diagram opened and painted. Prints times; asserts only that everything was drawn. Runs only with
 * {@code -Dsourcebench.bench=true} (it takes minutes); otherwise it reports itself skipped.
 */
class DiagramBench {

	@Test
	void layoutAndPaintOfAThousandActorsAndFiveThousandRelationships() throws Exception {
		assumeTrue(Boolean.getBoolean("sourcebench.bench"), "bench: run with -Dsourcebench.bench=true");
		Dossier dossier = Dossiers.newDossier("Bench");
		AdapterFactoryEditingDomain domain = DossierEditingDomains.createFor(dossier);
		Random random = new Random(42);
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Source source = Dossiers.newSource("Source " + i + " " + "text ".repeat(200));
			sources.add(source);
			dossier.getSources().add(source);
		}
		BenchDossiers.addLinkChart(dossier, sources, 1000, 5000, random); // preferential attachment: real charts' hubs
		ElkLayoutService service = new ElkLayoutService();

		long t0 = System.nanoTime();
		domain.getCommandStack().execute(org.sourcebench.diagram.commands.DiagramCommands.newDiagram(domain, dossier, List.of(), service));
		long created = System.nanoTime() - t0;
		org.sourcebench.diagram.notation.Diagram diagram = (org.sourcebench.diagram.notation.Diagram) dossier.getDiagrams().get(0);
		DiagramContents contents = DiagramContents.of(diagram);
		report("new diagram (derive + first layout, cold JIT + command)", created);
		for (LayoutService.Style style : LayoutService.Style.values()) {
			long start = System.nanoTime();
			ApplyLayoutCommand.compute(contents, service, style);
			report("layout " + style, System.nanoTime() - start);
		}
		long d0 = System.nanoTime();
		DiagramContents again = DiagramContents.of(diagram);
		report("derive contents (sync refresh)", System.nanoTime() - d0);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		long o0 = System.nanoTime();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput(diagram, domain), DiagramEditor.ID);
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// open
		}
		report("open editor (create 1,000 parts + 5,000 connections)", System.nanoTime() - o0);
		DiagramEditPart part = (DiagramEditPart) editor.getViewer().getContents();
		assertEquals(again.actors().size(), part.getChildren().size());

		long r0 = System.nanoTime();
		editor.refreshNow();
		report("refresh after a model change (re-derive + refresh parts)", System.nanoTime() - r0);

		org.eclipse.gef.editparts.ZoomManager zoom = (org.eclipse.gef.editparts.ZoomManager) editor.getAdapter(org.eclipse.gef.editparts.ZoomManager.class);
		for (String level : List.of("100%", org.eclipse.gef.editparts.ZoomManager.FIT_ALL)) {
			zoom.setZoomAsText(level);
			while (display.readAndDispatch()) {
				// settle
			}
			for (int i = 0; i < 2; i++) {
				report("repaint of the visible canvas at zoom " + Math.round(zoom.getZoom() * 100) + " % (what a scroll step costs at most)",
						paintCanvas(editor));
			}
		}

		for (int i = 0; i < 2; i++) {
			long p0 = System.nanoTime();
			Image image = DiagramImageExporter.toImage(editor.getViewer());
			long painted = System.nanoTime() - p0;
			report("full paint of the whole diagram into an image " + image.getBounds().width + "x" + image.getBounds().height
					+ (i == 0 ? " (first)" : " (second)"), painted);
			image.dispose();
		}
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(
				java.nio.file.Path.of(System.getProperty("sourcebench.screenshots", "target/screenshots")));
		DiagramImageExporter.writePng(editor.getViewer(), folder.resolve("bench-1000-actors.png"));
		page.closeAllEditors(false);
	}

	/** Paints the viewer's whole visible area, as one full repaint does, into an off-screen image. */
	private static long paintCanvas(DiagramEditor editor) {
		org.eclipse.swt.graphics.Point size = editor.getViewer().getControl().getSize();
		Image image = new Image(Display.getCurrent(), Math.max(1, size.x), Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
		long start = System.nanoTime();
		((org.eclipse.gef.GraphicalEditPart) editor.getViewer().getRootEditPart()).getFigure().paint(graphics);
		long took = System.nanoTime() - start;
		graphics.dispose();
		gc.dispose();
		image.dispose();
		return took;
	}

	private static void report(String what, long nanos) {
		System.out.println(String.format(Locale.ROOT, "BENCH %-80s %8.0f ms", what, nanos / 1e6));
	}
}
