package org.sourcebench.analysis.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.analysis.ui.internal.PngExport;
import org.sourcebench.analysis.ui.internal.Selections;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.ui.editor.SimpleSelectionProvider;
import org.sourcebench.ui.views.DossierViewPart;

/**
 * The Map: the dossier's locations (those with GeoNames coordinates) on an offline world map shipped with the
 * product. Clicking a location selects it (the Locations table and the reader follow, the reader showing its
 * mentions); a location selected elsewhere, or a claim about locations, is marked here.
 */
public class MapView extends DossierViewPart {

	private static WorldBasemap basemap;

	private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
	private final ISelectionListener selectionListener = this::selectedElsewhere;
	private MapCanvas canvas;

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
		canvas = new MapCanvas(parent, basemap());
		canvas.onSelection(elements -> selectionProvider.setSelection(new StructuredSelection(elements)));
		canvas.onOpen(element -> {
			if (getContext() != null) {
				getContext().reveal(element);
			}
		});
		getSite().setSelectionProvider(selectionProvider);
		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	@Override
	protected void contributeActions(IActionBars bars) {
		bars.getToolBarManager().add(new Action(Messages.Map_showWorld) {
			@Override
			public void run() {
				canvas.showWorld();
			}
		});
		bars.getMenuManager().add(PngExport.action(getSite()::getShell, this::shownDossier, "map.png", this::exportPng));
	}

	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		List<MapMarker> markers = dossier == null ? List.of() : MapMarker.of(dossier);
		canvas.setMarkers(markers);
		if (dossier != null) {
			int without = dossier.getLocations().size() - markers.size();
			setContentDescription(without > 0 ? NLS.bind(Messages.Map_descriptionWithout, markers.size(), without)
					: NLS.bind(Messages.Map_description, markers.size()));
		}
	}

	private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this || canvas.isDisposed()) {
			return;
		}
		List<EObject> elements = Selections.elements(selection);
		if (elements.isEmpty()) {
			return;
		}
		List<EObject> locations = new java.util.ArrayList<>();
		for (EObject element : elements) {
			if (element instanceof Location) {
				locations.add(element);
			} else if (element instanceof Claim claim) {
				locations.addAll(claim.getAboutLocations());
			} else if (element instanceof org.sourcebench.model.Relationship) {
				locations.add(element); // marks the places the event is reported at
			}
		}
		canvas.setSelected(locations);
	}

	/** Writes the map as it is on screen to a PNG file. */
	public void exportPng(Path file) throws IOException {
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		PngExport.save(canvas.getDisplay(), area.width, area.height, gc -> canvas.paint(gc, area.width, area.height), file);
	}

	/** @return the map canvas */
	public MapCanvas getCanvas() {
		return canvas;
	}

	@Override
	protected boolean isDisposed() {
		return canvas == null || canvas.isDisposed();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
