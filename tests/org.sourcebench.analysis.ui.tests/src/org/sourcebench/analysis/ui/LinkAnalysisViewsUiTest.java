package org.sourcebench.analysis.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.test.support.ui.WorkbenchDriver.page;
import static org.sourcebench.test.support.ui.WorkbenchDriver.processEvents;
import static org.sourcebench.test.support.ui.WorkbenchDriver.screenshotOf;
import static org.sourcebench.test.support.ui.WorkbenchDriver.show;
import static org.sourcebench.test.support.ui.WorkbenchDriver.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.graph.PathFinder;
import org.sourcebench.analysis.timeline.TimelineItem;
import org.sourcebench.analysis.ui.corroboration.CorroborationView;
import org.sourcebench.analysis.ui.map.MapMarker;
import org.sourcebench.analysis.ui.map.MapView;
import org.sourcebench.analysis.ui.path.FindPathDialog;
import org.sourcebench.analysis.ui.timeline.TimelineView;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.importing.SampleDossier;
import org.sourcebench.ui.views.tables.LocationsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/**
 * The Timeline, Map and Corroboration views and Find Path on the real sample dossier in the real workbench:
 * selection made in one part is followed by the others, the time brush filters the tables, exports are PNGs.
 */
class LinkAnalysisViewsUiTest {

	private static Dossier dossier;

	@BeforeAll
	static void openSample() throws Exception {
		// a fresh sample: an earlier test class may have left the file without its (unsaved) import
		page().closeAllEditors(false);
		java.nio.file.Files.deleteIfExists(org.eclipse.core.runtime.Platform.getStateLocation(
				org.osgi.framework.FrameworkUtil.getBundle(SampleDossier.class)).toPath().resolve("sample").resolve(SampleDossier.FILE_NAME));
		ImportArticlesJob job = SampleDossier.open(page());
		if (job != null) {
			until(() -> job.getState() == Job.NONE && job.getResult() != null, "sample import");
		}
		processEvents();
		DossierEditor editor = (DossierEditor) page().getActiveEditor();
		dossier = editor.getDossier();
		assertTrue(dossier.getRelationships().size() > 1, "the sample has relationships");
	}

	@AfterAll
	static void closeAll() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void selectionMadeInOneViewIsFollowedByTheOthers() throws Exception {
		TimelineView timeline = show(AnalysisUi.TIMELINE_VIEW_ID);
		CorroborationView corroboration = show(AnalysisUi.CORROBORATION_VIEW_ID);
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		assertFalse(timeline.getCanvas().getLanes().isEmpty());

		// table -> timeline and corroboration
		Relationship first = dossier.getRelationships().get(0);
		relationships.getViewer().setSelection(new StructuredSelection(first), true);
		processEvents();
		assertEquals(Set.of(first), timeline.getCanvas().getSelected());
		assertEquals(List.of(first), corroboration.getViewer().getStructuredSelection().toList());

		// click on the timeline -> table and corroboration
		page().activate(timeline);
		timeline.getCanvas().zoom(8, 300); // a day wide enough for the events of one day side by side
		processEvents();
		TimelineItem other = null;
		Point at = null;
		for (TimelineItem item : datedItems(timeline)) {
			Point p = item.element() != first && item.element() instanceof Relationship ? timeline.getCanvas().locationOf(item.element()) : null;
			if (p != null && timeline.getCanvas().itemAt(p.x, p.y) == item) {
				other = item;
				at = p;
				break;
			}
		}
		assertNotNull(other, "a second event on the timeline, clickable");
		click(timeline.getCanvas(), at);
		assertEquals(Set.of(other.element()), timeline.getCanvas().getSelected());
		if (other.element() instanceof Relationship) {
			assertEquals(List.of(other.element()), relationships.getViewer().getStructuredSelection().toList());
			assertEquals(List.of(other.element()), corroboration.getViewer().getStructuredSelection().toList());
		}
		maximised(timeline, () -> {
			timeline.getCanvas().zoomToFit();
			screenshot("timeline-view");
			timeline.setLaneMode(org.sourcebench.analysis.timeline.Timeline.LaneMode.ACTOR);
			screenshot("timeline-actor-lanes");
			timeline.setLaneMode(org.sourcebench.analysis.timeline.Timeline.LaneMode.QUAD_CLASS);
		});
	}

	@Test
	void brushingATimeRangeFiltersTheTables() throws Exception {
		TimelineView timeline = show(AnalysisUi.TIMELINE_VIEW_ID);
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		int all = relationships.getViewer().getTable().getItemCount();
		List<TimelineItem> dated = timeline.getCanvas().getLanes().isEmpty() ? List.of() : datedItems(timeline);
		long day = dated.get(0).date().epochDay();
		long inRange = dossier.getRelationships().stream()
				.filter(r -> org.sourcebench.analysis.timeline.Timeline.inRange(org.sourcebench.analysis.dating.EventDating.of(r), day, day))
				.count();
		timeline.getCanvas().setBrush(day, day);
		processEvents();
		assertEquals(inRange, relationships.getViewer().getTable().getItemCount());
		assertTrue(inRange < all || all == inRange, "filtered");
		timeline.getCanvas().setBrush(null, null);
		processEvents();
		assertEquals(all, relationships.getViewer().getTable().getItemCount());
	}

	@Test
	void theMapShowsLocatedPlacesAndFollowsTheLocationsTable() throws Exception {
		MapView map = show(AnalysisUi.MAP_VIEW_ID);
		LocationsView locations = show(SourcebenchUi.LOCATIONS_VIEW_ID);
		List<MapMarker> markers = map.getCanvas().getMarkers();
		assertFalse(markers.isEmpty(), "the sample's locations have GeoNames coordinates");
		Location place = markers.get(0).location();
		locations.getViewer().setSelection(new StructuredSelection(place), true);
		processEvents();
		assertEquals(Set.of(place), map.getCanvas().getSelected());

		page().activate(map);
		Location another = markers.size() > 1 ? markers.get(markers.size() - 1).location() : place;
		map.getCanvas().setSelected(List.of(another)); // centres it when off screen
		processEvents();
		click(map.getCanvas(), map.getCanvas().locationOf(another));
		assertEquals(List.of(another), locations.getViewer().getStructuredSelection().toList());
		maximised(map, () -> {
			map.getCanvas().showWorld();
			screenshot("map-view");
			map.getCanvas().zoom(3, map.getCanvas().locationOf(another).x, map.getCanvas().locationOf(another).y);
			screenshot("map-view-zoomed");
		});
	}

	@Test
	void timelineAndMapExportAsPng(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		TimelineView timeline = show(AnalysisUi.TIMELINE_VIEW_ID);
		Path timelinePng = exportDir(folder).resolve("timeline-export.png");
		timeline.exportPng(timelinePng);
		assertPicture(timelinePng);
		MapView map = show(AnalysisUi.MAP_VIEW_ID);
		Path mapPng = exportDir(folder).resolve("map-export.png");
		map.exportPng(mapPng);
		assertPicture(mapPng);
	}

	@Test
	void findPathListsAndSelectsTheConnection() throws Exception {
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		Relationship r = dossier.getRelationships().stream().filter(x -> x.getFrom() != x.getTo()).findFirst().orElseThrow();
		DossierEditor editor = (DossierEditor) page().getActiveEditor();
		List<Actor> ends = List.of(r.getFrom(), r.getTo());
		FindPathDialog dialog = new FindPathDialog(page().getWorkbenchWindow().getShell(), editor, page(), ends);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			processEvents();
			List<PathFinder.Step> path = dialog.find();
			processEvents();
			assertNotNull(path);
			assertEquals(1, path.size(), "directly related actors are one step apart");
			assertTrue(path.get(0).relationships().contains(r));
			assertTrue(((List<?>) relationships.getViewer().getStructuredSelection().toList()).containsAll(path.get(0).relationships()),
					"the path is selected in the workbench");
			screenshotOf(dialog.getShell(), "find-path");
		} finally {
			dialog.close();
		}
	}

	/** Runs {@code screenshots} with {@code view} maximised (a bigger picture for the user guide). */
	private static void maximised(IViewPart view, Runnable screenshots) {
		org.eclipse.ui.IWorkbenchPartReference ref = page().getReference(view);
		page().setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		try {
			screenshots.run();
		} finally {
			page().setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			processEvents();
		}
	}

	private static Path exportDir(Path fallback) throws Exception {
		String dir = System.getProperty("sourcebench.screenshots");
		Path target = dir == null ? fallback : Path.of(dir);
		Files.createDirectories(target);
		return target;
	}

	/** A real PNG of the view's size with a picture in it, not a blank. */
	private static void assertPicture(Path png) {
		assertTrue(Files.isRegularFile(png), png + " written");
		ImageData data = new ImageLoader().load(png.toString())[0];
		assertTrue(data.width >= 200 && data.height >= 100, data.width + "x" + data.height);
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < data.height; y += 3) {
			for (int x = 0; x < data.width; x += 3) {
				colours.add(data.getPixel(x, y));
			}
		}
		assertTrue(colours.size() > 8, png + " has " + colours.size() + " colours");
	}

	private static List<TimelineItem> datedItems(TimelineView view) {
		try {
			java.lang.reflect.Field field = view.getClass().getDeclaredField("timeline");
			field.setAccessible(true);
			return ((org.sourcebench.analysis.timeline.Timeline) field.get(view)).dated();
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static void click(org.eclipse.swt.widgets.Control control, Point at) {
		assertNotNull(at);
		Event down = new Event();
		down.button = 1;
		down.x = at.x;
		down.y = at.y;
		control.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.button = 1;
		up.x = at.x;
		up.y = at.y;
		control.notifyListeners(SWT.MouseUp, up);
		processEvents();
	}

	private static void screenshot(String name) {
		screenshotOf(page().getWorkbenchWindow().getShell(), name);
	}
}
