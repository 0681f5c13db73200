package org.sourcebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.batch.BatchException;
import org.sourcebench.batch.BatchImport;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportBatchDialog;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.SourcebenchUi;

/**
 * File > Import Spark Batch...: loads a selection of the Spark extraction job's output into the active dossier,
 * read in a job, recorded as one undoable "Import Batch" command.
 */
public class ImportBatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof DossierEditor editor)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.ImportBatch_title,
					Messages.ImportBatch_noDossier);
			return null;
		}
		ImportBatchDialog dialog = new ImportBatchDialog(HandlerUtil.getActiveShell(event));
		if (dialog.open() != Window.OK) {
			return null;
		}
		Job job = Job.create(Messages.ImportBatch_title, (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.ImportBatch_reading, dialog.folder()), IProgressMonitor.UNKNOWN);
			try {
				BatchImport.Outcome outcome = new BatchImport(editor.getEditingDomain(), editor.getDossier())
						.run(dialog.folder(), dialog.selection());
				return new Status(outcome.added() > 0 ? IStatus.INFO : IStatus.WARNING, SourcebenchUi.PLUGIN_ID,
						NLS.bind(Messages.ImportBatch_done, new Object[] { outcome.added(), outcome.selected(),
								outcome.duplicates() }));
			} catch (BatchException e) {
				return Status.error(e.getMessage(), e);
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
