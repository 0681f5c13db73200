package org.sourcebench.analysis.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline world basemap: country outlines from Natural Earth (public domain) at 1:110m, as packaged in
 * TopoJSON by the npm package world-atlas ({@code data/countries-110m.json}, see data/README-basemap.txt).
 * Decodes the topology into rings of longitude/latitude pairs once. Rings that cross the antimeridian are
 * unwrapped (longitudes made continuous, possibly beyond ±180) so that they draw without a stripe across the
 * world; the map draws such rings a second time shifted by 360°.
 */
public final class WorldBasemap {

	/** The bundle entry of the basemap. */
	public static final String ENTRY = "data/countries-110m.json";

	private final List<double[]> rings;

	private WorldBasemap(List<double[]> rings) {
		this.rings = rings;
	}

	/** @return the rings, each {lon0, lat0, lon1, lat1, …} */
	public List<double[]> rings() {
		return rings;
	}

	/**
	 * Reads a TopoJSON topology and decodes every polygon ring of every object.
	 *
	 * @throws IOException when it cannot be read or is not a TopoJSON topology
	 */
	@SuppressWarnings("unchecked")
	public static WorldBasemap read(InputStream in) throws IOException {
		Map<String, Object> topology;
		try {
			topology = (Map<String, Object>) org.sourcebench.core.json.JsonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new IOException("basemap is not TopoJSON: " + e.getMessage(), e);
		}
		if (!"Topology".equals(topology.get("type"))) {
			throw new IOException("basemap is not a TopoJSON Topology");
		}
		List<double[]> arcs = decodeArcs(topology);
		List<double[]> rings = new ArrayList<>();
		Map<String, Object> objects = (Map<String, Object>) topology.get("objects");
		for (Object object : objects.values()) {
			collect((Map<String, Object>) object, arcs, rings);
		}
		return new WorldBasemap(rings);
	}

	/** Arcs are delta-encoded integer positions; the transform maps them to longitude/latitude. */
	@SuppressWarnings("unchecked")
	private static List<double[]> decodeArcs(Map<String, Object> topology) {
		double sx = 1, sy = 1, tx = 0, ty = 0;
		Map<String, Object> transform = (Map<String, Object>) topology.get("transform");
		boolean quantized = transform != null;
		if (quantized) {
			List<Number> scale = (List<Number>) transform.get("scale");
			List<Number> translate = (List<Number>) transform.get("translate");
			sx = scale.get(0).doubleValue();
			sy = scale.get(1).doubleValue();
			tx = translate.get(0).doubleValue();
			ty = translate.get(1).doubleValue();
		}
		List<double[]> arcs = new ArrayList<>();
		for (Object arc : (List<Object>) topology.get("arcs")) {
			List<List<Number>> points = (List<List<Number>>) arc;
			double[] coords = new double[points.size() * 2];
			double x = 0, y = 0;
			for (int i = 0; i < points.size(); i++) {
				List<Number> p = points.get(i);
				if (quantized) {
					x += p.get(0).doubleValue();
					y += p.get(1).doubleValue();
					coords[2 * i] = x * sx + tx;
					coords[2 * i + 1] = y * sy + ty;
				} else {
					coords[2 * i] = p.get(0).doubleValue();
					coords[2 * i + 1] = p.get(1).doubleValue();
				}
			}
			arcs.add(coords);
		}
		return arcs;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Map<String, Object> geometry, List<double[]> arcs, List<double[]> rings) {
		String type = (String) geometry.get("type");
		if ("GeometryCollection".equals(type)) {
			for (Object child : (List<Object>) geometry.get("geometries")) {
				collect((Map<String, Object>) child, arcs, rings);
			}
		} else if ("Polygon".equals(type)) {
			for (Object ring : (List<Object>) geometry.get("arcs")) {
				rings.add(ring((List<Number>) ring, arcs));
			}
		} else if ("MultiPolygon".equals(type)) {
			for (Object polygon : (List<Object>) geometry.get("arcs")) {
				for (Object ring : (List<Object>) polygon) {
					rings.add(ring((List<Number>) ring, arcs));
				}
			}
		}
	}

	/** Joins a ring's arcs (a negative index ~i is arc i reversed), dropping each arc's repeated first point. */
	private static double[] ring(List<Number> arcIndexes, List<double[]> arcs) {
		List<Double> coords = new ArrayList<>();
		for (Number value : arcIndexes) {
			int index = value.intValue();
			double[] arc = arcs.get(index < 0 ? ~index : index);
			int n = arc.length / 2;
			for (int k = 0; k < n; k++) {
				int i = index < 0 ? n - 1 - k : k;
				if (k == 0 && !coords.isEmpty()) {
					continue;
				}
				coords.add(arc[2 * i]);
				coords.add(arc[2 * i + 1]);
			}
		}
		double[] ring = new double[coords.size()];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = coords.get(i);
		}
		unwrap(ring);
		return ring;
	}

	/** Makes longitudes continuous: a step of more than 180° is a crossing of the antimeridian. */
	private static void unwrap(double[] ring) {
		double shift = 0;
		for (int i = 2; i < ring.length; i += 2) {
			double step = ring[i] + shift - ring[i - 2];
			if (step > 180) {
				shift -= 360;
			} else if (step < -180) {
				shift += 360;
			}
			ring[i] += shift;
		}
	}
}
