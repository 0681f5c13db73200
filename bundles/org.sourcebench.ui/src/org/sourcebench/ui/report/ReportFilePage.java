package org.sourcebench.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of both wizards: which .xlsx file to write (export) or read (import). */
final class ReportFilePage extends WizardPage {

	private static final String EXTENSION = ".xlsx";

	private final boolean save;
	private final boolean haveDossier;
	private final String initialFile;
	private Text file;

	/**
	 * @param save        true to choose a file to write, false to choose one to read
	 * @param dossier     the dossier to work on, or null if there is none (the page then says so)
	 * @param initialFile the file name to offer, or null
	 */
	ReportFilePage(String title, String description, boolean save, ActiveDossier dossier, String initialFile) {
		super(ReportFilePage.class.getName());
		setTitle(title);
		setDescription(description);
		this.save = save;
		this.haveDossier = dossier != null;
		this.initialFile = initialFile;
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.ReportFilePage_file);
		file = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		if (initialFile != null) {
			file.setText(initialFile);
		}
		file.addModifyListener(e -> validate());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.ReportFilePage_browse);
		browse.addListener(SWT.Selection, e -> browse());
		setControl(area);
		validate();
		file.setFocus();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), save ? SWT.SAVE : SWT.OPEN);
		dialog.setText(save ? Messages.ReportFilePage_dialogSave : Messages.ReportFilePage_dialogOpen);
		dialog.setFilterExtensions(new String[] { "*" + EXTENSION, "*" });
		dialog.setFilterNames(new String[] { Messages.ReportFilePage_excelFiles, Messages.ReportFilePage_allFiles });
		dialog.setOverwrite(save);
		Path current = path();
		if (current != null) {
			if (current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
			}
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** @return the chosen file, with .xlsx added when writing to a name without it; null if none or invalid */
	Path path() {
		String text = file == null ? initialFile : file.getText().strip();
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			if (save && !text.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION)) {
				text += EXTENSION;
			}
			return Path.of(text).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		Path path = path();
		String error = null;
		if (!haveDossier) {
			error = Messages.ReportFilePage_noDossier;
		} else if (path == null) {
			error = Messages.ReportFilePage_noFile;
		} else if (!save && !Files.isRegularFile(path)) {
			error = NLS.bind(Messages.ReportFilePage_notFound, path);
		}
		setErrorMessage(error);
		setMessage(error == null && save && path != null && Files.exists(path) ? Messages.ReportFilePage_exists : null,
				IMessageProvider.WARNING);
		setPageComplete(error == null);
	}
}
