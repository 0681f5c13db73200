package org.sourcebench.diagram.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.LayeredPane;
import org.eclipse.draw2d.ScalableFigure;
import org.eclipse.draw2d.Viewport;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.sourcebench.diagram.commands.ApplyLayoutCommand;
import org.sourcebench.diagram.editor.export.DiagramImageExporter;
import org.sourcebench.diagram.editor.figures.DetailLevel;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPartFactory;
import org.sourcebench.diagram.layout.ElkLayoutService;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.diagram.sync.DiagramSync;
import org.sourcebench.model.Actor;

/**
 * The actor-relationship diagram editor (GEF). It edits one diagram of a dossier that is open in the
 * dossier editor and shares that editor's command stack through {@link EmfCommandStackAdapter}: every
 * change here is an EMF command in the dossier's one undo history, and changes made anywhere else reach the
 * diagram through {@link DiagramSync}. Saving is the dossier editor's job.
 */
public class DiagramEditor extends GraphicalEditorWithFlyoutPalette {

	/** Editor id (plugin.xml). */
	public static final String ID = "org.sourcebench.diagram.editor";

	private Diagram diagram;
	private EditingDomain domain;
	private final LayoutService layoutService = new ElkLayoutService();
	private final DiagramSync.Listener syncListener = this::modelChanged;
	private boolean refreshQueued;
	private FlyoutPreferences palettePreferences;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput diagramInput)) {
			throw new PartInitException("not a diagram: " + input);
		}
		diagram = diagramInput.getDiagram();
		domain = diagramInput.getEditingDomain();
		DefaultEditDomain editDomain = new DefaultEditDomain(this);
		editDomain.setCommandStack(new EmfCommandStackAdapter(domain.getCommandStack()));
		setEditDomain(editDomain);
		super.init(site, input);
		setPartName(diagramInput.getName());
	}

	@Override
	protected PaletteRoot getPaletteRoot() {
		return DiagramPalette.create();
	}

	@Override
	protected FlyoutPreferences getPalettePreferences() {
		// GEF 3.2 keeps these in Plugin.getPluginPreferences(), which today's platform no longer has.
		if (palettePreferences == null) {
			palettePreferences = new FlyoutPreferences() {
				private int location = -1;
				private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
				private int width = 170;

				@Override
				public int getDockLocation() {
					return location;
				}

				@Override
				public int getPaletteState() {
					return state;
				}

				@Override
				public int getPaletteWidth() {
					return width;
				}

				@Override
				public void setDockLocation(int value) {
					location = value;
				}

				@Override
				public void setPaletteState(int value) {
					state = value;
				}

				@Override
				public void setPaletteWidth(int value) {
					width = value;
				}
			};
		}
		return palettePreferences;
	}

	@Override
	protected void configureGraphicalViewer() {
		super.configureGraphicalViewer();
		GraphicalViewer viewer = getGraphicalViewer();
		ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart() {
			private ZoomManager zoom;

			@Override
			public ZoomManager getZoomManager() {
				// GEF 3.2 makes its own in the constructor and has no factory method: this one is used instead
				if (zoom == null) {
					zoom = new ChartZoomManager((ScalableFigure) getScaledLayers(), (Viewport) getFigure(),
							() -> DiagramImageExporter.drawnArea(viewer), () -> cards(viewer));
				}
				return zoom;
			}
		};
		viewer.setRootEditPart(root);
		DetailLevel detail = new DetailLevel();
		viewer.setEditPartFactory(new DiagramEditPartFactory(domain, detail));
		viewer.setProperty(CameoEventDialog.CHOOSER_PROPERTY, (java.util.function.Supplier<?>) () -> CameoEventDialog.choose(getSite().getShell()));
		LayeredPane printable = (LayeredPane) root.getLayer(LayerConstants.PRINTABLE_LAYERS);
		printable.addLayerAfter(new FreeformLayer(), DiagramEditPart.LEGEND_LAYER, LayerConstants.CONNECTION_LAYER);

		ZoomManager zoom = root.getZoomManager();
		zoom.addZoomListener(detail::setZoom);
		zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0 });
		List<String> fits = new ArrayList<>();
		fits.add(ZoomManager.FIT_ALL);
		fits.add(ZoomManager.FIT_WIDTH);
		zoom.setZoomLevelContributions(fits);
		ActionRegistry registry = getActionRegistry();
		registry.registerAction(new ZoomInAction(zoom));
		registry.registerAction(new ZoomOutAction(zoom));
		viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

		KeyHandler keys = new KeyHandler();
		keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
		keys.put(KeyStroke.getPressed(SWT.F2, 0), new org.eclipse.jface.action.Action() {
			@Override
			public void run() {
				if (viewer.getFocusEditPart() instanceof ActorEditPart part) {
					part.performRequest(new org.eclipse.gef.Request(org.eclipse.gef.RequestConstants.REQ_DIRECT_EDIT));
				}
			}
		});
		viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));

		DiagramContextMenu menu = new DiagramContextMenu(viewer, registry);
		viewer.setContextMenu(menu);
		getSite().registerContextMenu(menu, viewer);
	}

	/** @return the bounds of the actor cards shown, at 100 % */
	private static List<org.eclipse.draw2d.geometry.Rectangle> cards(GraphicalViewer viewer) {
		List<org.eclipse.draw2d.geometry.Rectangle> cards = new ArrayList<>();
		if (viewer.getContents() != null) {
			for (Object child : viewer.getContents().getChildren()) {
				org.eclipse.draw2d.IFigure figure = ((ActorEditPart) child).getFigure();
				if (figure.isVisible()) {
					cards.add(figure.getBounds().getCopy());
				}
			}
		}
		return cards;
	}

	@Override
	@SuppressWarnings("unchecked") // GEF 3.2 keeps the action ids in raw lists
	protected void createActions() {
		super.createActions();
		List<String> selectionActions = new ArrayList<>();
		List<String> stackActions = new ArrayList<>();
		DiagramActions.register(this, getActionRegistry(), selectionActions, stackActions);
		getSelectionActions().addAll(selectionActions);
		getStackActions().addAll(stackActions);
	}

	/**
	 * Selects the actors and relationships another part selected (a table row, the timeline, a path found by
	 * Find Path), so the chart shows where they are.
	 */
	private final org.eclipse.ui.ISelectionListener followSelection = (part, selection) -> {
		GraphicalViewer viewer = getGraphicalViewer();
		if (part == this || !(selection instanceof org.eclipse.jface.viewers.IStructuredSelection structured) || structured.isEmpty()
				|| viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<org.eclipse.gef.EditPart> parts = new ArrayList<>();
		for (Object element : structured.toList()) {
			Object model = org.eclipse.core.runtime.Adapters.adapt(element, org.eclipse.emf.ecore.EObject.class);
			if (model != null && viewer.getEditPartRegistry().get(model) instanceof org.eclipse.gef.EditPart editPart) {
				parts.add(editPart);
			}
		}
		if (!parts.isEmpty() && !parts.equals(viewer.getSelectedEditParts())) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
			viewer.reveal(parts.get(0));
		}
	};

	@Override
	protected void initializeGraphicalViewer() {
		getSite().getPage().addPostSelectionListener(followSelection);
		getGraphicalViewer().setContents(diagram);
		DiagramSync.of(domain.getResourceSet()).addListener(syncListener);
		// Open on the whole chart (never enlarged), once the canvas has its size.
		getGraphicalViewer().getControl().getDisplay().asyncExec(this::zoomToFit);
	}

	/** Lowest zoom a diagram opens at: actor names stay legible (the whole chart at 20 % was not). */
	public static final double READABLE_ZOOM = 0.75;

	/**
	 * Opens readable: fitted to the width of the canvas, but never below {@link #READABLE_ZOOM} nor above 100 %,
	 * centred on the most connected actor (the part the analyst came for; the rest is a scroll away).
	 */
	public void zoomToFit() {
		if (getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
			return;
		}
		ZoomManager zoom = ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
		zoom.setZoomAsText(ZoomManager.FIT_WIDTH);
		zoom.setZoom(Math.max(READABLE_ZOOM, Math.min(1.0, zoom.getZoom())));
		ActorEditPart hub = null;
		int most = -1;
		for (Object child : getGraphicalViewer().getContents().getChildren()) {
			if (child instanceof ActorEditPart part) {
				int connections = part.getSourceConnections().size() + part.getTargetConnections().size();
				if (connections > most) {
					most = connections;
					hub = part;
				}
			}
		}
		if (hub != null) {
			// centred on it, not merely scrolled until it shows at an edge
			org.eclipse.draw2d.geometry.Point middle = hub.getFigure().getBounds().getCenter().scale(zoom.getZoom());
			org.eclipse.draw2d.geometry.Dimension size = zoom.getViewport().getClientArea().getSize();
			zoom.setViewLocation(new org.eclipse.draw2d.geometry.Point(middle.x - size.width / 2, middle.y - size.height / 2));
		}
	}

	private void modelChanged(Notification notification) {
		Display display = getSite().getShell().getDisplay();
		if (refreshQueued || display.isDisposed()) {
			return;
		}
		refreshQueued = true;
		// Coalesce: one command makes many notifications; re-derive once, after it.
		display.asyncExec(this::refreshNow);
	}

	/** Brings the diagram up to date with the dossier now (changes are otherwise applied asynchronously). */
	public void refreshNow() {
		refreshQueued = false;
		GraphicalViewer viewer = getGraphicalViewer();
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (diagram.eContainer() == null) {
			// The diagram itself was removed (its creation undone, say): nothing left to show.
			getSite().getPage().closeEditor(this, false);
			return;
		}
		((DiagramEditPart) viewer.getContents()).refreshAll();
		setPartName(diagram.getName());
	}

	/** Lays the diagram out in {@code style} as one undoable command; pinned actors stay. */
	public void layout(LayoutService.Style style) {
		getCommandStack().execute(new EmfBackedCommand(ApplyLayoutCommand.layout(domain, diagram, layoutService, style)));
	}

	/**
	 * Lays the diagram out like {@link #layout(LayoutService.Style)}, in a job with progress (the workbench's
	 * progress view, cancel before the result is applied); the job belongs to the family of this editor.
	 *
	 * @return the scheduled job
	 */
	public Job scheduleLayout(LayoutService.Style style) {
		Job job = new LayoutJob(this, layoutService, style);
		job.schedule();
		return job;
	}

	/**
	 * Applies bounds a {@link LayoutJob} computed. The dossier may have changed meanwhile: actors no longer shown
	 * are left out, newly shown ones keep their provisional place.
	 */
	void applyLayout(Map<Actor, NodeBounds> bounds) {
		GraphicalViewer viewer = getGraphicalViewer();
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed() || diagram.eContainer() == null) {
			return;
		}
		Map<Actor, NodeBounds> shown = new LinkedHashMap<>(bounds);
		shown.keySet().retainAll(new HashSet<>(DiagramContents.of(diagram).actors()));
		getCommandStack().execute(new EmfBackedCommand(new ApplyLayoutCommand(domain, diagram, shown)));
	}

	/** @return the diagram */
	public Diagram getDiagram() {
		return diagram;
	}

	/** @return the dossier's editing domain */
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the GEF viewer */
	public GraphicalViewer getViewer() {
		return getGraphicalViewer();
	}

	@Override
	public org.eclipse.gef.commands.CommandStack getCommandStack() {
		return super.getCommandStack();
	}

	@Override
	public ActionRegistry getActionRegistry() {
		return super.getActionRegistry();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// The dossier editor saves the dossier, diagrams included.
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Object getAdapter(Class type) {
		if (type == ZoomManager.class) {
			return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
		}
		if (type == IContentOutlinePage.class) {
			return new DiagramOutlinePage(getGraphicalViewer());
		}
		if (type == EditingDomain.class) {
			return domain;
		}
		if (type.isInstance(diagram)) {
			return diagram;
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(followSelection);
		Job.getJobManager().cancel(this);
		if (domain != null) {
			DiagramSync.of(domain.getResourceSet()).removeListener(syncListener);
		}
		super.dispose();
	}
}
