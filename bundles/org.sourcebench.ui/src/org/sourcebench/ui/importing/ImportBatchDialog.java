package org.sourcebench.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.batch.BatchSelection;
import org.sourcebench.ui.internal.Messages;

/**
 * File > Import Spark Batch...: the Spark job's output folder and which of its articles to import (outlet,
 * publication dates, an actor), the same selection as {@code sourcebench import-batch}.
 */
public final class ImportBatchDialog extends TitleAreaDialog {

	private Text folder;
	private Text outlet;
	private Text from;
	private Text to;
	private Text actor;
	private Path chosenFolder;
	private BatchSelection selection;

	public ImportBatchDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ImportBatch_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.ImportBatch_title);
		setMessage(Messages.ImportBatch_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		folder = field(body, Messages.ImportBatch_folder, 1, "folder");
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.ImportBatch_browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setText(Messages.ImportBatch_folderDialog);
			String picked = dialog.open();
			if (picked != null) {
				folder.setText(picked);
			}
		});
		outlet = field(body, Messages.ImportBatch_outlet, 2, "outlet");
		from = field(body, Messages.ImportBatch_from, 2, "from");
		to = field(body, Messages.ImportBatch_to, 2, "to");
		actor = field(body, Messages.ImportBatch_actor, 2, "actor");
		folder.addModifyListener(e -> validate());
		from.addModifyListener(e -> validate());
		to.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.ImportBatch_import);
		validate();
	}

	/** A labelled text field, named {@code sourcebench.widget = key} for tests. */
	private static Text field(Composite parent, String label, int span, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setData("sourcebench.widget", key);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void validate() {
		String problem = null;
		if (folder.getText().isBlank()) {
			problem = Messages.ImportBatch_noFolder;
		} else if (!Files.isDirectory(Path.of(folder.getText().strip()))) {
			problem = Messages.ImportBatch_notAFolder;
		} else if (date(from) == INVALID || date(to) == INVALID) {
			problem = Messages.ImportBatch_badDate;
		}
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	private static final LocalDate INVALID = LocalDate.MIN;

	private static LocalDate date(Text text) {
		if (text.getText().isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.getText().strip());
		} catch (DateTimeParseException e) {
			return INVALID;
		}
	}

	@Override
	protected void okPressed() {
		chosenFolder = Path.of(folder.getText().strip());
		selection = new BatchSelection(blankToNull(outlet), date(from), date(to), blankToNull(actor));
		super.okPressed();
	}

	private static String blankToNull(Text text) {
		return text.getText().isBlank() ? null : text.getText().strip();
	}

	/** @return the output folder picked, after OK */
	public Path folder() {
		return chosenFolder;
	}

	/** @return the selection, after OK */
	public BatchSelection selection() {
		return selection;
	}
}
