package org.sourcebench.diagram.editor;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.EditorPartAction;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.editor.export.DiagramImageExporter;
import org.sourcebench.diagram.editor.export.SvgDiagramWriter;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationPackage;
import org.sourcebench.model.QuadClass;

/**
 * The diagram editor's own actions, registered in its {@link ActionRegistry} under the ids below (GEF's way:
 * the context menu and the tool bar find them there). Filters change the diagram with one undoable command;
 * size-by and cluster are ways of looking and change nothing saved.
 */
public final class DiagramActions {

	/** Id prefix of the layout actions, followed by the style name. */
	public static final String LAYOUT = "org.sourcebench.diagram.layout.";
	/** Pins or unpins the selected actors. */
	public static final String PIN = "org.sourcebench.diagram.pin";
	/** Shows every QuadClass. */
	public static final String ALL_QUAD_CLASSES = "org.sourcebench.diagram.filter.allQuadClasses";
	/** Id prefix of the QuadClass toggles, followed by the QuadClass name. */
	public static final String QUAD_CLASS = "org.sourcebench.diagram.filter.quadClass.";
	/** Id prefix of the minimum-corroboration choices, followed by the number. */
	public static final String MIN_CORROBORATION = "org.sourcebench.diagram.filter.minCorroboration.";
	/** Shows or hides actors that take part in no relationship shown (tool bar and Filter menu). */
	public static final String SHOW_UNRELATED = "org.sourcebench.diagram.filter.showUnrelatedActors";
	/** Id prefix of the size-by choices, followed by the {@link DiagramEditPart.SizeBy} name. */
	public static final String SIZE_BY = "org.sourcebench.diagram.sizeBy.";
	/** Shows only the cluster of the selected actor. */
	public static final String SHOW_CLUSTER = "org.sourcebench.diagram.showCluster";
	/** Shows every cluster again. */
	public static final String SHOW_ALL_CLUSTERS = "org.sourcebench.diagram.showAllClusters";
	/** Exports the diagram as PNG. */
	public static final String EXPORT_PNG = "org.sourcebench.diagram.exportPng";
	/** Exports the diagram as SVG. */
	public static final String EXPORT_SVG = "org.sourcebench.diagram.exportSvg";

	/** Number of minimum-corroboration choices (1, 2, 3 sources). */
	static final int MAX_MIN_CORROBORATION = 3;

	private DiagramActions() {
	}

	/**
	 * Creates the actions and registers them; adds the ids of those that follow the selection or the command
	 * stack to {@code selectionActions} and {@code stackActions}.
	 */
	static void register(DiagramEditor editor, ActionRegistry registry, List<String> selectionActions, List<String> stackActions) {
		for (LayoutService.Style style : LayoutService.Style.values()) {
			registry.registerAction(new Layout(editor, style));
		}
		add(registry, selectionActions, new Pin(editor));
		add(registry, stackActions, new FilterAction(editor, ALL_QUAD_CLASSES, Messages.Action_AllQuadClasses, IAction.AS_PUSH_BUTTON,
				NotationPackage.Literals.DIAGRAM__QUAD_CLASSES) {
			@Override
			Object newValue() {
				return List.of();
			}

			@Override
			boolean isOn() {
				return diagram().getQuadClasses().isEmpty();
			}
		});
		for (QuadClass quad : QuadClass.values()) {
			add(registry, stackActions, new FilterAction(editor, QUAD_CLASS + quad.name(), Messages.quad(quad), IAction.AS_CHECK_BOX,
					NotationPackage.Literals.DIAGRAM__QUAD_CLASSES) {
				@Override
				Object newValue() {
					List<QuadClass> shown = new ArrayList<>(diagram().getQuadClasses().isEmpty() ? List.of(QuadClass.values()) : diagram().getQuadClasses());
					if (!shown.remove(quad)) {
						shown.add(quad);
					}
					return shown.size() == QuadClass.values().length ? List.of() : shown;
				}

				@Override
				boolean isOn() {
					return diagram().getQuadClasses().isEmpty() || diagram().getQuadClasses().contains(quad);
				}
			});
		}
		for (int min = 1; min <= MAX_MIN_CORROBORATION; min++) {
			int value = min;
			add(registry, stackActions, new FilterAction(editor, MIN_CORROBORATION + min, MessageFormat.format(Messages.Action_MinCorroboration, min),
					IAction.AS_RADIO_BUTTON, NotationPackage.Literals.DIAGRAM__MIN_CORROBORATION) {
				@Override
				Object newValue() {
					return value;
				}

				@Override
				boolean isOn() {
					return diagram().getMinCorroboration() == value;
				}
			});
		}
		FilterAction unrelated = new FilterAction(editor, SHOW_UNRELATED, Messages.Action_ShowUnrelated, IAction.AS_CHECK_BOX,
				NotationPackage.Literals.DIAGRAM__SHOW_UNRELATED_ACTORS) {
			@Override
			Object newValue() {
				return !diagram().isShowUnrelatedActors();
			}

			@Override
			boolean isOn() {
				return diagram().isShowUnrelatedActors();
			}
		};
		unrelated.setToolTipText(Messages.Action_ShowUnrelated_Tooltip);
		unrelated.setImageDescriptor(KindIcons.unrelated());
		add(registry, stackActions, unrelated);
		for (DiagramEditPart.SizeBy choice : DiagramEditPart.SizeBy.values()) {
			registry.registerAction(new SizeBy(editor, choice));
		}
		add(registry, selectionActions, new ShowCluster(editor));
		registry.registerAction(new ShowAllClusters(editor));
		registry.registerAction(new Export(editor, true));
		registry.registerAction(new Export(editor, false));
	}

	private static void add(ActionRegistry registry, List<String> ids, IAction action) {
		registry.registerAction(action);
		ids.add(action.getId());
	}

	/** An action of the diagram editor. */
	private abstract static class DiagramAction extends EditorPartAction {

		DiagramAction(DiagramEditor editor, String id, String text, int style) {
			super(editor, style);
			setId(id);
			setText(text);
		}

		DiagramEditor editor() {
			return (DiagramEditor) getEditorPart();
		}

		Diagram diagram() {
			return editor().getDiagram();
		}

		DiagramEditPart diagramPart() {
			return (DiagramEditPart) editor().getViewer().getContents();
		}

		@Override
		protected boolean calculateEnabled() {
			return true;
		}
	}

	/** Lays the diagram out in one style, as a job. */
	private static final class Layout extends DiagramAction {
		private final LayoutService.Style style;

		Layout(DiagramEditor editor, LayoutService.Style style) {
			super(editor, LAYOUT + style.name(), switch (style) {
			case LAYERED -> Messages.Action_LayoutLayered;
			case FORCE -> Messages.Action_LayoutForce;
			case STRESS -> Messages.Action_LayoutStress;
			}, IAction.AS_PUSH_BUTTON);
			this.style = style;
		}

		@Override
		public void run() {
			editor().scheduleLayout(style);
		}
	}

	/** Sets one filter feature of the diagram; checked when the filter is in that state. */
	private abstract static class FilterAction extends DiagramAction {
		private final EStructuralFeature feature;

		FilterAction(DiagramEditor editor, String id, String text, int style, EStructuralFeature feature) {
			super(editor, id, text, style);
			this.feature = feature;
		}

		abstract Object newValue();

		abstract boolean isOn();

		@Override
		public void update() {
			super.update();
			if (getStyle() != IAction.AS_PUSH_BUTTON) {
				setChecked(isOn());
			}
		}

		@Override
		public void run() {
			execute(new EmfBackedCommand(DiagramCommands.setFilter(editor().getEditingDomain(), diagram(), feature, newValue())));
			update();
		}
	}

	/** Sizes actor boxes by a centrality (a view setting). */
	private static final class SizeBy extends DiagramAction {
		private final DiagramEditPart.SizeBy choice;

		SizeBy(DiagramEditor editor, DiagramEditPart.SizeBy choice) {
			super(editor, SIZE_BY + choice.name(), switch (choice) {
			case NONE -> Messages.Action_SizeByNone;
			case DEGREE -> Messages.Action_SizeByDegree;
			case BETWEENNESS -> Messages.Action_SizeByBetweenness;
			case EIGENVECTOR -> Messages.Action_SizeByEigenvector;
			}, IAction.AS_RADIO_BUTTON);
			this.choice = choice;
		}

		@Override
		public void update() {
			super.update();
			setChecked(diagramPart().getSizeBy() == choice);
		}

		@Override
		public void run() {
			diagramPart().setSizeBy(choice);
		}
	}

	/** Shows every cluster again; enabled while one cluster is shown. */
	private static final class ShowAllClusters extends DiagramAction {
		ShowAllClusters(DiagramEditor editor) {
			super(editor, SHOW_ALL_CLUSTERS, Messages.Action_ShowAllClusters, IAction.AS_PUSH_BUTTON);
		}

		@Override
		protected boolean calculateEnabled() {
			return editor().getViewer() != null && editor().getViewer().getContents() != null && diagramPart().isClusterShown();
		}

		@Override
		public void run() {
			diagramPart().showClusterOf(null);
		}
	}

	/** Exports the whole chart to a file the analyst picks. */
	private static final class Export extends DiagramAction {
		private final boolean png;

		Export(DiagramEditor editor, boolean png) {
			super(editor, png ? EXPORT_PNG : EXPORT_SVG, png ? Messages.Action_ExportPng : Messages.Action_ExportSvg, IAction.AS_PUSH_BUTTON);
			this.png = png;
		}

		@Override
		public void run() {
			String extension = png ? "*.png" : "*.svg";
			FileDialog dialog = new FileDialog(editor().getSite().getShell(), SWT.SAVE);
			dialog.setText(png ? Messages.Export_PngTitle : Messages.Export_SvgTitle);
			dialog.setFilterExtensions(new String[] { extension });
			dialog.setFileName(diagram().getName() + extension.substring(1));
			// next to the dossier, as the Excel report (not in a hidden folder, where the sample dossier lives)
			dialog.setFilterPath(org.sourcebench.ui.editor.ExportFolders.forElement(diagram()).toString());
			dialog.setOverwrite(true);
			String file = dialog.open();
			if (file == null) {
				return;
			}
			org.sourcebench.ui.editor.ExportFolders.remember(Path.of(file));
			try {
				if (png) {
					DiagramImageExporter.writePng(editor().getViewer(), Path.of(file));
				} else {
					SvgDiagramWriter.write(editor().getViewer(), Path.of(file));
				}
			} catch (java.io.IOException e) {
				ErrorDialog.openError(editor().getSite().getShell(), null, Messages.Export_Failed,
						new Status(IStatus.ERROR, "org.sourcebench.diagram", file + ": " + e.getMessage(), e));
			}
		}
	}

	/** Actions on the selected actors. */
	private abstract static class ActorSelectionAction extends SelectionAction {

		ActorSelectionAction(DiagramEditor editor, String id, String text) {
			super(editor);
			setId(id);
			setText(text);
		}

		DiagramEditor editor() {
			return (DiagramEditor) getWorkbenchPart();
		}

		List<ActorEditPart> actors() {
			List<ActorEditPart> actors = new ArrayList<>();
			for (Object part : getSelectedObjects()) {
				if (part instanceof ActorEditPart actor) {
					actors.add(actor);
				}
			}
			return actors;
		}
	}

	/** Pins the selected actors in place (or unpins them when all are pinned), as one command. */
	private static final class Pin extends ActorSelectionAction {
		Pin(DiagramEditor editor) {
			super(editor, PIN, Messages.Action_Pin);
		}

		private boolean allPinned(List<ActorEditPart> actors) {
			return !actors.isEmpty() && actors.stream().allMatch(part -> {
				Node node = PlaceNodeCommand.nodeOf(editor().getDiagram(), part.getActor());
				return node != null && node.isPinned();
			});
		}

		@Override
		protected boolean calculateEnabled() {
			List<ActorEditPart> actors = actors();
			setText(allPinned(actors) ? Messages.Action_Unpin : Messages.Action_Pin);
			return !actors.isEmpty();
		}

		@Override
		public void run() {
			List<ActorEditPart> actors = actors();
			boolean pinned = !allPinned(actors);
			CompoundCommand command = new CompoundCommand(pinned ? org.sourcebench.diagram.commands.Messages.PinNodeCommand_label
					: org.sourcebench.diagram.commands.Messages.UnpinNodeCommand_label);
			for (ActorEditPart part : actors) {
				command.append(PlaceNodeCommand.pin(editor().getEditingDomain(), editor().getDiagram(), part.getActor(), pinned));
			}
			execute(new EmfBackedCommand(command));
		}
	}

	/** Shows only the connected component of the one selected actor. */
	private static final class ShowCluster extends ActorSelectionAction {
		ShowCluster(DiagramEditor editor) {
			super(editor, SHOW_CLUSTER, Messages.Action_ShowCluster);
		}

		@Override
		protected boolean calculateEnabled() {
			return actors().size() == 1 && getSelectedObjects().size() == 1;
		}

		@Override
		public void run() {
			((DiagramEditPart) editor().getViewer().getContents()).showClusterOf(actors().get(0).getActor());
		}
	}
}
