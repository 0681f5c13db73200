package org.sourcebench.analysis.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.analysis.ui.internal.ElementCanvasView;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.PngExport;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;

/**
 * The Map: the dossier's locations (those with GeoNames coordinates) on an offline world map shipped with the
 * product. Clicking a location selects it (the Locations table and the reader follow, the reader showing its
 * mentions); a location selected elsewhere, or a claim about locations, is marked here.
 */
public class MapView extends ElementCanvasView<MapCanvas> {

	private static WorldBasemap basemap;

	/** @return the basemap, read from this bundle once */
	static synchronized WorldBasemap basemap() {
		if (basemap == null) {
			URL entry = FrameworkUtil.getBundle(MapView.class).getEntry(WorldBasemap.ENTRY);
			try (InputStream in = entry.openStream()) {
				basemap = WorldBasemap.read(in);
			} catch (IOException | NullPointerException e) {
				throw new IllegalStateException(WorldBasemap.ENTRY + " missing or unreadable in the bundle: " + e.getMessage(), e);
			}
		}
		return basemap;
	}

	@Override
	protected void createContents(Composite parent) {
		connect(new MapCanvas(parent, basemap()));
	}

	@Override
	protected void contributeActions(IActionBars bars) {
		bars.getToolBarManager().add(new Action(Messages.Map_showWorld) {
			@Override
			public void run() {
				getCanvas().showWorld();
			}
		});
		bars.getMenuManager().add(PngExport.action(getSite()::getShell, this::shownDossier, "map.png", this::exportPng));
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		List<MapMarker> markers = dossier == null ? List.of() : MapMarker.of(dossier);
		getCanvas().setMarkers(markers);
		if (dossier != null) {
			int without = dossier.getLocations().size() - markers.size();
			setContentDescription(without > 0 ? NLS.bind(Messages.Map_descriptionWithout, markers.size(), without)
					: NLS.bind(Messages.Map_description, markers.size()));
		}
	}

	/** Marks selected locations, the locations a selected claim is about, and selected events (at their places). */
	@Override
	protected List<EObject> toMark(List<EObject> elements) {
		List<EObject> locations = new ArrayList<>();
		for (EObject element : elements) {
			if (element instanceof Location) {
				locations.add(element);
			} else if (element instanceof Claim claim) {
				locations.addAll(claim.getAboutLocations());
			} else if (element instanceof Relationship) {
				locations.add(element); // marks the places the event is reported at
			}
		}
		return locations;
	}
}
