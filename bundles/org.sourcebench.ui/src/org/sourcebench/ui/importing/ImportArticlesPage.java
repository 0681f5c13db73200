package org.sourcebench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.editor.DossierFileDialogs;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * The one page of the import wizard: the files and folders to import, the dossier they go into (the active
 * one, or a new file when none is open) and whether to analyse them right away.
 */
class ImportArticlesPage extends WizardPage {

	private final DossierContext target;
	private final List<Path> inputs = new ArrayList<>();
	private org.eclipse.swt.widgets.List inputList;
	private Text newDossierFile;
	private Button extract;

	ImportArticlesPage(DossierContext target, List<Path> initialInputs) {
		super("articles");
		this.target = target;
		inputs.addAll(initialInputs);
		setTitle(Messages.Import_pageTitle);
		setDescription(Messages.Import_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);

		inputList = new org.eclipse.swt.widgets.List(root, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 180).applyTo(inputList);
		Composite buttons = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.Import_addFiles, this::addFiles);
		button(buttons, Messages.Import_addFolder, this::addFolder);
		button(buttons, Messages.Import_remove, this::removeSelected);

		Composite dossierRow = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(dossierRow);
		if (target != null) {
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dossierRow);
			new Label(dossierRow, SWT.NONE).setText(Messages.Import_dossier);
			Label name = new Label(dossierRow, SWT.NONE);
			name.setText(ElementLabels.text(target.getDossier()));
		} else {
			GridLayoutFactory.fillDefaults().numColumns(3).applyTo(dossierRow);
			new Label(dossierRow, SWT.NONE).setText(Messages.Import_newDossierFile);
			newDossierFile = new Text(dossierRow, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(newDossierFile);
			newDossierFile.addListener(SWT.Modify, e -> validate());
			Button browse = button(dossierRow, Messages.Import_browse, () -> {
				Path chosen = DossierFileDialogs.askSaveLocation(getShell(), null);
				if (chosen != null) {
					newDossierFile.setText(chosen.toString());
				}
			});
			GridDataFactory.swtDefaults().applyTo(browse);
		}
		extract = new Button(root, SWT.CHECK);
		extract.setText(Messages.Import_extract);
		extract.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(extract);

		inputs.forEach(p -> inputList.add(p.toString()));
		setControl(root);
		validate();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Import_filesDialogTitle);
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.pdf;*.docx", "*" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(Messages.Import_folderDialogTitle);
		dialog.setMessage(Messages.Import_folderDialogMessage);
		String folder = dialog.open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	/** Adds a file or folder to the list. */
	void add(Path input) {
		if (!inputs.contains(input)) {
			inputs.add(input);
			inputList.add(input.toString());
		}
		validate();
	}

	private void removeSelected() {
		int[] selected = inputList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			inputs.remove(selected[i]);
		}
		inputList.remove(selected);
		validate();
	}

	private void validate() {
		String problem = inputs.isEmpty() ? Messages.Import_noInputs
				: newDossierFile != null && newDossierFile.getText().isBlank() ? Messages.Import_noDossier : null;
		setErrorMessage(null);
		setMessage(problem);
		setPageComplete(problem == null);
	}

	List<Path> getInputs() {
		return List.copyOf(inputs);
	}

	/** @return the new dossier's file (.sbx added if missing), or null when importing into the open dossier */
	Path getNewDossierFile() {
		if (newDossierFile == null) {
			return null;
		}
		String name = newDossierFile.getText().strip();
		return Path.of(name.endsWith(".sbx") ? name : name + ".sbx");
	}

	boolean isExtract() {
		return extract.getSelection();
	}
}
