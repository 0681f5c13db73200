package org.sourcebench.diagram.editor;

import java.text.MessageFormat;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.diagram.commands.ApplyLayoutCommand;
import org.sourcebench.diagram.layout.LayoutGraph;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;

/**
 * Lays a diagram out in the background, with progress and cancel: what the diagram shows is read when the job
 * is made (on the display thread), the layout service computes bounds in the job, and the editor applies them
 * back on the display thread as one undoable "Layout Diagram" command. Cancelled while computing, it changes
 * nothing.
 */
final class LayoutJob extends Job {

	private final DiagramEditor editor;
	private final LayoutService service;
	private final LayoutService.Style style;
	private final LayoutGraph<Actor> graph;
	private final Display display;

	LayoutJob(DiagramEditor editor, LayoutService service, LayoutService.Style style) {
		super(Messages.Job_Layout);
		this.editor = editor;
		this.service = service;
		this.style = style;
		this.graph = ApplyLayoutCommand.graphOf(DiagramContents.of(editor.getDiagram()));
		this.display = editor.getSite().getShell().getDisplay();
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor,
				MessageFormat.format(Messages.Job_LayoutTask, graph.nodes().size(), graph.edges().size()), 2);
		Map<Actor, NodeBounds> bounds = service.layout(graph, style);
		progress.worked(1);
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		// asynchronous, so a display thread that waits for this job cannot deadlock it
		display.asyncExec(() -> editor.applyLayout(bounds));
		progress.done();
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == editor;
	}
}
