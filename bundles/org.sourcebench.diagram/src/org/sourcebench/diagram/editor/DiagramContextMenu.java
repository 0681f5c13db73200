package org.sourcebench.diagram.editor;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.actions.ActionFactory;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.editor.export.DiagramImageExporter;
import org.sourcebench.diagram.editor.export.SvgDiagramWriter;
import org.sourcebench.diagram.editor.parts.ActorEditPart;
import org.sourcebench.diagram.editor.parts.DiagramEditPart;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationPackage;
import org.sourcebench.model.QuadClass;

/** The diagram's context menu: edit, layout, pin, filter, zoom, export and print. */
class DiagramContextMenu extends ContextMenuProvider {

	private final DiagramEditor editor;

	DiagramContextMenu(EditPartViewer viewer, DiagramEditor editor) {
		super(viewer);
		this.editor = editor;
	}

	@Override
	public void buildContextMenu(IMenuManager menu) {
		GEFActionConstants.addStandardActionGroups(menu);
		menu.appendToGroup(GEFActionConstants.GROUP_UNDO, editor.action(ActionFactory.UNDO.getId()));
		menu.appendToGroup(GEFActionConstants.GROUP_UNDO, editor.action(ActionFactory.REDO.getId()));
		menu.appendToGroup(GEFActionConstants.GROUP_EDIT, editor.action(ActionFactory.DELETE.getId()));

		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(Messages.Action_LayoutLayered,
				() -> editor.scheduleLayout(LayoutService.Style.LAYERED)));
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(Messages.Action_LayoutForce,
				() -> editor.scheduleLayout(LayoutService.Style.FORCE)));
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(Messages.Action_LayoutStress,
				() -> editor.scheduleLayout(LayoutService.Style.STRESS)));
		List<ActorEditPart> actors = selectedActors();
		if (!actors.isEmpty()) {
			boolean allPinned = actors.stream().allMatch(this::isPinned);
			menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(allPinned ? Messages.Action_Unpin : Messages.Action_Pin, () -> pin(actors, !allPinned)));
		}
		MenuManager filter = new MenuManager(Messages.Action_Filter);
		filter.add(run(Messages.Action_AllQuadClasses, () -> setFilter(NotationPackage.Literals.DIAGRAM__QUAD_CLASSES, List.of())));
		for (QuadClass quad : QuadClass.values()) {
			IAction toggle = run(Messages.quad(quad), () -> toggle(quad));
			toggle.setChecked(editor.getDiagram().getQuadClasses().isEmpty() || editor.getDiagram().getQuadClasses().contains(quad));
			filter.add(toggle);
		}
		for (int min = 1; min <= 3; min++) {
			int value = min;
			IAction corroboration = run(MessageFormat.format(Messages.Action_MinCorroboration, min),
					() -> setFilter(NotationPackage.Literals.DIAGRAM__MIN_CORROBORATION, value));
			corroboration.setChecked(editor.getDiagram().getMinCorroboration() == min);
			filter.add(corroboration);
		}
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, filter);
		DiagramEditPart diagramPart = (DiagramEditPart) getViewer().getContents();
		MenuManager sizeBy = new MenuManager(Messages.Action_SizeBy);
		for (DiagramEditPart.SizeBy choice : DiagramEditPart.SizeBy.values()) {
			IAction size = run(sizeLabel(choice), () -> diagramPart.setSizeBy(choice));
			size.setChecked(diagramPart.getSizeBy() == choice);
			sizeBy.add(size);
		}
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, sizeBy);
		if (actors.size() == 1) {
			menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(Messages.Action_ShowCluster, () -> diagramPart.showClusterOf(actors.get(0).getActor())));
		}
		if (diagramPart.isClusterShown()) {
			menu.appendToGroup(GEFActionConstants.GROUP_VIEW, run(Messages.Action_ShowAllClusters, () -> diagramPart.showClusterOf(null)));
		}
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, editor.action(GEFActionConstants.ZOOM_IN));
		menu.appendToGroup(GEFActionConstants.GROUP_VIEW, editor.action(GEFActionConstants.ZOOM_OUT));

		menu.appendToGroup(GEFActionConstants.GROUP_SAVE, run(Messages.Action_ExportPng, () -> export("*.png", true)));
		menu.appendToGroup(GEFActionConstants.GROUP_SAVE, run(Messages.Action_ExportSvg, () -> export("*.svg", false)));
		IAction print = editor.action(ActionFactory.PRINT.getId());
		if (print != null) {
			menu.appendToGroup(GEFActionConstants.GROUP_PRINT, print);
		}
	}

	private static String sizeLabel(DiagramEditPart.SizeBy choice) {
		return switch (choice) {
		case NONE -> Messages.Action_SizeByNone;
		case DEGREE -> Messages.Action_SizeByDegree;
		case BETWEENNESS -> Messages.Action_SizeByBetweenness;
		case EIGENVECTOR -> Messages.Action_SizeByEigenvector;
		};
	}

	private static IAction run(String text, Runnable runnable) {
		return new Action(text) {
			@Override
			public void run() {
				runnable.run();
			}
		};
	}

	private List<ActorEditPart> selectedActors() {
		List<ActorEditPart> actors = new ArrayList<>();
		for (Object part : getViewer().getSelectedEditParts()) {
			if (part instanceof ActorEditPart actor) {
				actors.add(actor);
			}
		}
		return actors;
	}

	private boolean isPinned(ActorEditPart part) {
		Node node = PlaceNodeCommand.nodeOf(editor.getDiagram(), part.getActor());
		return node != null && node.isPinned();
	}

	private void pin(List<ActorEditPart> actors, boolean pinned) {
		CompoundCommand command = new CompoundCommand(pinned ? org.sourcebench.diagram.commands.Messages.PinNodeCommand_label
				: org.sourcebench.diagram.commands.Messages.UnpinNodeCommand_label);
		for (ActorEditPart part : actors) {
			command.append(PlaceNodeCommand.pin(editor.getEditingDomain(), editor.getDiagram(), part.getActor(), pinned));
		}
		editor.getCommandStack().execute(new EmfBackedCommand(command));
	}

	private void toggle(QuadClass quad) {
		List<QuadClass> shown = new ArrayList<>(editor.getDiagram().getQuadClasses().isEmpty() ? List.of(QuadClass.values())
				: editor.getDiagram().getQuadClasses());
		if (!shown.remove(quad)) {
			shown.add(quad);
		}
		setFilter(NotationPackage.Literals.DIAGRAM__QUAD_CLASSES, shown.size() == QuadClass.values().length ? List.of() : shown);
	}

	private void setFilter(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		editor.getCommandStack().execute(new EmfBackedCommand(DiagramCommands.setFilter(editor.getEditingDomain(), editor.getDiagram(), feature, value)));
	}

	private void export(String extension, boolean png) {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName(editor.getDiagram().getName() + extension.substring(1));
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			if (png) {
				DiagramImageExporter.writePng(editor.getViewer(), Path.of(file));
			} else {
				SvgDiagramWriter.write(editor.getViewer(), Path.of(file));
			}
		} catch (java.io.IOException e) {
			ErrorDialog.openError(editor.getSite().getShell(), null, Messages.Export_Failed,
					new Status(IStatus.ERROR, "org.sourcebench.diagram", e.getMessage(), e));
		}
	}
}
