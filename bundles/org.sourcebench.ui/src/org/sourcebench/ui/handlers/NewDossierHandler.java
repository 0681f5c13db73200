package org.sourcebench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.editor.DossierFileDialogs;

/** File > New Dossier: asks where to put the .sbx file, writes an empty dossier there and opens it. */
public class NewDossierHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path file = DossierFileDialogs.askSaveLocation(window.getShell(), null);
		if (file != null) {
			DossierEditors.create(window.getActivePage(), file);
		}
		return null;
	}
}
