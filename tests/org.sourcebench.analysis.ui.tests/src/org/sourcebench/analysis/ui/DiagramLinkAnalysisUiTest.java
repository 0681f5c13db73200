package org.sourcebench.analysis.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.test.support.ui.WorkbenchDriver.page;
import static org.sourcebench.test.support.ui.WorkbenchDriver.processEvents;
import static org.sourcebench.test.support.ui.WorkbenchDriver.show;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.graph.ActorGraph;
import org.sourcebench.analysis.graph.Centralities;
import org.sourcebench.analysis.graph.Components;
import org.sourcebench.analysis.graph.RelationshipFilter;
import org.sourcebench.diagram.editor.DiagramEditor;
import org.sourcebench.diagram.editor.NewDiagramHandler;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.test.support.ui.WorkbenchDriver;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.importing.SampleDossier;
import org.sourcebench.ui.views.tables.RelationshipsView;

/** Link analysis on the diagram of the sample dossier: it follows the workbench selection, sizes by centrality, shows one cluster. */
class DiagramLinkAnalysisUiTest {

	private static DossierEditor dossierEditor;
	private static DiagramEditor diagram;

	@BeforeAll
	static void openSampleDiagram() throws Exception {
		// a fresh sample: an earlier test class may have left the file without its (unsaved) import
		page().closeAllEditors(false);
		java.nio.file.Files.deleteIfExists(org.eclipse.core.runtime.Platform.getStateLocation(
				org.osgi.framework.FrameworkUtil.getBundle(SampleDossier.class)).toPath().resolve("sample").resolve(SampleDossier.FILE_NAME));
		ImportArticlesJob job = SampleDossier.open(page());
		if (job != null) {
			WorkbenchDriver.until(() -> job.getState() == Job.NONE && job.getResult() != null, "sample import");
		}
		processEvents();
		dossierEditor = (DossierEditor) page().getActiveEditor();
		Dossier dossier = dossierEditor.getDossier();
		diagram = NewDiagramHandler.open(page(), dossierEditor.getEditingDomain(), dossier, List.copyOf(dossier.getSources()));
		processEvents();
		assertNotNull(diagram);
	}

	@AfterAll
	static void close() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static DiagramEditPart diagramPart() {
		return (DiagramEditPart) diagram.getViewer().getContents();
	}

	@Test
	void theDiagramSelectsWhatATableSelects() throws Exception {
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		page().activate(dossierEditor);
		processEvents();
		Relationship shown = DiagramContents.of(diagram.getDiagram()).relationships().get(0);
		page().activate(relationships);
		relationships.getViewer().setSelection(new StructuredSelection(shown), true);
		processEvents();
		Object part = diagram.getViewer().getEditPartRegistry().get(shown);
		assertNotNull(part);
		assertEquals(List.of(part), diagram.getViewer().getSelectedEditParts());
	}

	@Test
	void sizeByDegreeDoublesTheMostConnectedActorAndClustersHideTheRest() throws Exception {
		page().activate(diagram);
		DiagramContents contents = DiagramContents.of(diagram.getDiagram());
		Centralities centralities = new Centralities(new ActorGraph(contents.actors(), contents.relationships(), RelationshipFilter.ALL));
		Actor hub = contents.actors().stream().max(java.util.Comparator.comparingInt(a -> centralities.of(a).degree())).orElseThrow();
		ActorEditPart hubPart = (ActorEditPart) diagram.getViewer().getEditPartRegistry().get(hub);
		int laidOut = contents.boundsOf(hub)[2];

		diagramPart().setSizeBy(DiagramEditPart.SizeBy.DEGREE);
		processEvents();
		assertEquals(2 * laidOut, hubPart.getFigure().getBounds().width, 1.0, "the hub is drawn twice as wide");
		((org.eclipse.gef.editparts.ZoomManager) diagram.getAdapter(org.eclipse.gef.editparts.ZoomManager.class)).setZoom(0.6);
		diagram.getViewer().reveal(hubPart);
		processEvents();
		WorkbenchDriver.screenshotOf(page().getWorkbenchWindow().getShell(), "diagram-size-by-degree");

		Components components = new Components(new ActorGraph(contents.actors(), contents.relationships(), RelationshipFilter.ALL));
		Set<Actor> cluster = components.all().get(components.all().size() - 1);
		Actor member = cluster.iterator().next();
		diagramPart().showClusterOf(member);
		processEvents();
		long visible = contents.actors().stream()
				.filter(a -> ((ActorEditPart) diagram.getViewer().getEditPartRegistry().get(a)).getFigure().isVisible()).count();
		assertEquals(cluster.size(), visible);
		assertTrue(diagramPart().isClusterShown());
		diagramPart().showClusterOf(null);
		diagramPart().setSizeBy(DiagramEditPart.SizeBy.NONE);
		processEvents();
		assertFalse(diagramPart().isClusterShown());
		assertEquals(laidOut, hubPart.getFigure().getBounds().width);
	}
}
