package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.batch.BatchSelection;
import org.sourcebench.ui.importing.ImportBatchDialog;

/** File > Import Spark Batch...: the dialog asks for the job's output folder and the selection, and checks both. */
class ImportBatchDialogUiTest {

	@Test
	void theDialogNamesWhatIsMissingAndHandsOverTheSelection(@TempDir Path out) {
		Display display = Display.getDefault();
		ImportBatchDialog dialog = new ImportBatchDialog(display.getActiveShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Button ok = Dialogs.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Import"));
			assertFalse(ok.isEnabled(), "no folder yet");
			assertTrue(dialog.getErrorMessage().contains("output folder"), dialog.getErrorMessage());

			text(dialog, "folder").setText(out.resolve("missing").toString());
			assertTrue(dialog.getErrorMessage().contains("does not exist"), dialog.getErrorMessage());

			text(dialog, "folder").setText(out.toString());
			text(dialog, "from").setText("2018-13-01");
			assertFalse(ok.isEnabled());
			assertTrue(dialog.getErrorMessage().contains("YYYY-MM-DD"), dialog.getErrorMessage());

			text(dialog, "from").setText("2018-01-01");
			text(dialog, "to").setText("2018-12-31");
			text(dialog, "outlet").setText("Reuters");
			text(dialog, "actor").setText("  Wagner Group ");
			assertNull(dialog.getErrorMessage());
			assertTrue(ok.isEnabled());
			UiScreenshots.save("import-batch-dialog");

			Dialogs.press(dialog.getShell(), "Import");
			while (display.readAndDispatch()) {
				// let the dialog close
			}
			assertEquals(Window.OK, dialog.getReturnCode());
			assertEquals(out, dialog.folder());
			assertEquals(new BatchSelection("Reuters", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
					"Wagner Group"), dialog.selection());
		} finally {
			dialog.close();
		}
	}

	private static Text text(ImportBatchDialog dialog, String key) {
		return Dialogs.named(dialog.getShell(), Text.class, key);
	}
}
