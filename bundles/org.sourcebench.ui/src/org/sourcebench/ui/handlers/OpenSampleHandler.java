package org.sourcebench.ui.handlers;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.importing.SampleDossier;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;

/** Help > Open the Sample Dossier (and the Getting Started button): see {@link SampleDossier}. */
public class OpenSampleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		try {
			SampleDossier.open(window.getActivePage());
		} catch (IOException e) {
			SourcebenchUiPlugin.log(e.getMessage(), e);
			MessageDialog.openError(window.getShell(), Messages.Sample_failedTitle, e.getMessage());
		}
		return null;
	}
}
