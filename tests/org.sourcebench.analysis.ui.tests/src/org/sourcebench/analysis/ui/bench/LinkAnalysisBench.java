package org.sourcebench.analysis.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.analysis.graph.ActorGraph;
import org.sourcebench.analysis.graph.Centralities;
import org.sourcebench.analysis.graph.Components;
import org.sourcebench.analysis.graph.PathFinder;
import org.sourcebench.analysis.graph.RelationshipFilter;
import org.sourcebench.analysis.timeline.Timeline;
import org.sourcebench.analysis.timeline.Timeline.LaneMode;
import org.sourcebench.analysis.ui.map.MapCanvas;
import org.sourcebench.analysis.ui.map.MapMarker;
import org.sourcebench.analysis.ui.map.WorldBasemap;
import org.sourcebench.analysis.ui.timeline.TimelineCanvas;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Source;
import org.sourcebench.test.support.BenchDossiers;

/**
 * Bench, not a test: a dossier of 10,000 sources (two years), 1,000 actors, 5,000 relationships (random,
 * seeded; hubs by preferential attachment) and 500 located places. Times the link analysis (centralities,
 * path, components) and the repaint of the timeline and the map (1200×700), each next to the same view
 * repainting an empty dossier. Runs only with {@code -Dsourcebench.bench=true}.
 */
class LinkAnalysisBench {

	@Test
	void linkAnalysisAndRepaintsAtTenThousandSources() throws Exception {
		assumeTrue(Boolean.getBoolean("sourcebench.bench"), "bench: run with -Dsourcebench.bench=true");
		Dossier dossier = dossier(new Random(42));
		Dossier empty = Dossiers.newDossier("empty");

		report("actor graph + degree/betweenness/eigenvector, 1,000 actors / 5,000 relationships", median(5, () -> {
			long t0 = System.nanoTime();
			Centralities c = new Centralities(new ActorGraph(dossier, RelationshipFilter.ALL));
			long took = System.nanoTime() - t0;
			assertEquals(1000, c.all().size());
			return took;
		}));
		ActorGraph graph = new ActorGraph(dossier, RelationshipFilter.ALL);
		report("shortest path between two actors", median(5, () -> {
			long t0 = System.nanoTime();
			new PathFinder(graph).shortestPath(dossier.getActors().get(1), dossier.getActors().get(999));
			return System.nanoTime() - t0;
		}));
		report("connected components", median(5, () -> {
			long t0 = System.nanoTime();
			new Components(graph);
			return System.nanoTime() - t0;
		}));
		report("corroboration index (10,000 sources) + count of every relationship", median(5, () -> {
			long t0 = System.nanoTime();
			CorroborationIndex index = new CorroborationIndex(dossier);
			dossier.getRelationships().forEach(index::count);
			return System.nanoTime() - t0;
		}));
		report("timeline model (date and lane every relationship)", median(5, () -> {
			long t0 = System.nanoTime();
			new Timeline(dossier);
			return System.nanoTime() - t0;
		}));

		Display display = Display.getCurrent();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 700);
		try {
			TimelineCanvas timeline = new TimelineCanvas(shell);
			shell.open();
			settle(display);
			timeline.setTimeline(new Timeline(empty));
			report("timeline repaint, EMPTY dossier (baseline)", median(9, () -> paint(timeline::paint, timeline.getSize().x, timeline.getSize().y)));
			timeline.setTimeline(new Timeline(dossier));
			timeline.zoomToFit();
			for (LaneMode mode : LaneMode.values()) {
				timeline.setLaneMode(mode);
				report("timeline repaint, whole 2 years visible, lanes per " + mode,
						median(9, () -> paint(timeline::paint, timeline.getSize().x, timeline.getSize().y)));
			}
			timeline.zoom(20, 600);
			report("timeline repaint, zoomed to ~5 weeks, lanes per ACTOR",
					median(9, () -> paint(timeline::paint, timeline.getSize().x, timeline.getSize().y)));
			timeline.pan(-300, -200);
			report("timeline repaint after a pan step",
					median(9, () -> paint(timeline::paint, timeline.getSize().x, timeline.getSize().y)));
			timeline.dispose();

			WorldBasemap basemap;
			try (InputStream in = FrameworkUtil.getBundle(MapCanvas.class).getEntry(WorldBasemap.ENTRY).openStream()) {
				long t0 = System.nanoTime();
				basemap = WorldBasemap.read(in);
				report("basemap read (TopoJSON, 110m countries)", System.nanoTime() - t0);
			}
			MapCanvas map = new MapCanvas(shell, basemap);
			shell.layout();
			settle(display);
			map.showWorld();
			map.setMarkers(MapMarker.of(empty));
			report("map repaint, EMPTY dossier (basemap only, baseline)", median(9, () -> paint(map::paint, map.getSize().x, map.getSize().y)));
			long m0 = System.nanoTime();
			List<MapMarker> markers = MapMarker.of(dossier);
			report("map markers of 500 places (mentions, sources)", System.nanoTime() - m0);
			map.setMarkers(markers);
			report("map repaint, world, 500 places", median(9, () -> paint(map::paint, map.getSize().x, map.getSize().y)));
			map.zoom(6, 600, 300);
			report("map repaint, zoomed x6", median(9, () -> paint(map::paint, map.getSize().x, map.getSize().y)));
		} finally {
			shell.dispose();
		}
	}

	private interface Painter {
		void paint(GC gc, int width, int height);
	}

	private static long paint(Painter painter, int width, int height) {
		Image image = new Image(Display.getCurrent(), width, height);
		GC gc = new GC(image);
		try {
			long t0 = System.nanoTime();
			painter.paint(gc, width, height);
			return System.nanoTime() - t0;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	/** CPU time of the median run (by wall time) of the last {@link #median} call. */
	private static long lastCpu;

	/**
	 * @return the median wall time of {@code runs} runs; its thread CPU time goes to {@link #lastCpu} (on a
	 *         loaded machine wall time includes waiting for a core, CPU time does not)
	 */
	private static long median(int runs, LongSupplier run) {
		long[][] times = new long[runs][];
		for (int i = 0; i < runs; i++) {
			long cpu = THREADS.getCurrentThreadCpuTime();
			long wall = run.getAsLong();
			times[i] = new long[] { wall, THREADS.getCurrentThreadCpuTime() - cpu };
		}
		Arrays.sort(times, java.util.Comparator.comparingLong(t -> t[0]));
		lastCpu = times[runs / 2][1];
		return times[runs / 2][0];
	}

	private static void settle(Display display) {
		while (display.readAndDispatch()) {
			// layout
		}
	}

	private static Dossier dossier(Random random) {
		Dossier dossier = Dossiers.newDossier("Bench");
		LocalDate start = LocalDate.of(2023, 1, 1);
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Source source = Dossiers.newSource("Source " + i + " text text text text");
			source.setPublished(OffsetDateTime.of(start.plusDays(random.nextInt(730)).atTime(9, 0), ZoneOffset.UTC));
			if (i % 20 == 1) {
				source.setStoryCode("WIRE-" + (i / 40)); // some wire stories run twice
			}
			sources.add(source);
			dossier.getSources().add(source);
		}
		BenchDossiers.addLinkChart(dossier, sources, 1000, 5000, random);
		for (int i = 0; i < 500; i++) {
			Location location = Dossiers.newLocation("Place " + i, LocationKind.values()[random.nextInt(LocationKind.values().length)]);
			location.setLatitude(-60 + random.nextDouble() * 130);
			location.setLongitude(-180 + random.nextDouble() * 360);
			for (int m = 0, n = 1 + (int) (Math.pow(random.nextDouble(), 4) * 60); m < n; m++) {
				location.getMentions().add(Dossiers.newSpan(sources.get(random.nextInt(sources.size())), 0, 6));
			}
			dossier.getLocations().add(location);
		}
		return dossier;
	}

	private static void report(String what, long nanos) {
		System.out.println(String.format(Locale.ROOT, "BENCH %-80s %8.1f ms wall %8.1f ms cpu", what, nanos / 1e6, lastCpu / 1e6));
		lastCpu = 0;
	}
}
