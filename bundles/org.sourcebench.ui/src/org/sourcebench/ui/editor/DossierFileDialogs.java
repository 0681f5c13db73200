package org.sourcebench.ui.editor;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sourcebench.model.store.DossierResourceFactory;
import org.sourcebench.ui.internal.Messages;

/** The file dialogs for choosing a dossier to open or a place to save one. */
public final class DossierFileDialogs {

	private static final String[] EXTENSIONS = { "*." + DossierResourceFactory.EXTENSION, "*" };

	private DossierFileDialogs() {
	}

	/** @return the chosen .sbx file to open, or null if cancelled */
	public static Path askOpenLocation(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Dialog_openDossier);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.Dialog_dossierFiles, Messages.Dialog_allFiles });
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** @return where to save (with the .sbx extension added if missing), or null if cancelled */
	public static Path askSaveLocation(Shell shell, Path current) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(current == null ? Messages.Dialog_newDossier : Messages.Dialog_saveDossierAs);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.Dialog_dossierFiles, Messages.Dialog_allFiles });
		dialog.setOverwrite(true);
		if (current != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		} else {
			dialog.setFileName(Messages.Dialog_defaultDossierFile);
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		String suffix = "." + DossierResourceFactory.EXTENSION;
		return Path.of(chosen.endsWith(suffix) ? chosen : chosen + suffix);
	}
}
