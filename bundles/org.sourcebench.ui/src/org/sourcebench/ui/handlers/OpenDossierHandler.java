package org.sourcebench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.editor.DossierFileDialogs;

/**
 * File > Open Dossier...: a dossier chosen in the file dialog, or, with the command parameter
 * {@value #FILE_PARAMETER} (the recent dossiers menu), that file.
 */
public class OpenDossierHandler extends AbstractHandler {

	/** Id of the optional parameter naming the file to open. */
	public static final String FILE_PARAMETER = "org.sourcebench.ui.commands.openDossier.file";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		String given = event.getParameter(FILE_PARAMETER);
		Path file = given != null ? Path.of(given) : DossierFileDialogs.askOpenLocation(window.getShell());
		if (file != null) {
			DossierEditors.open(window.getActivePage(), file);
		}
		return null;
	}
}
