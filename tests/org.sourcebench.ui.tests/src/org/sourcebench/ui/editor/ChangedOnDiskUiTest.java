package org.sourcebench.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.UiScreenshots;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * A dossier file changed on disk while it is open (here: a source added as {@code sourcebench analyze} would)
 * is never overwritten silently: saving asks, Cancel keeps the file, Reload opens what is on disk.
 */
class ChangedOnDiskUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void savingOverAFileChangedOnDiskAsksAndReloadShowsTheOtherWritersWork() throws Exception {
		Path file = folder.resolve("Shared.sbx");
		DossierEditor editor = DossierEditors.create(page(), file);
		assertNotNull(editor);
		processEvents();
		List<Boolean> asked = new ArrayList<>();
		ChangedOnDisk.Choice[] answer = { ChangedOnDisk.Choice.CANCEL };
		editor.changedOnDisk = (shell, path, saving, dirty) -> {
			asked.add(saving);
			return answer[0];
		};

		rename(editor, "Renamed in the workbench");
		addSourceOnDisk(file, "Added by a command-line run.");

		editor.doSave(null);
		assertEquals(List.of(true), asked, "saving asked about the change on disk");
		assertEquals(1, new DossierStore().load(file).getSources().size(), "Cancel kept the file on disk");
		assertTrue(editor.isDirty(), "the workbench's change is still unsaved");

		answer[0] = ChangedOnDisk.Choice.RELOAD;
		editor.doSave(null);
		processEvents();
		IEditorPart reopened = page().getActiveEditor();
		assertTrue(reopened instanceof DossierEditor, String.valueOf(reopened));
		assertNotSame(editor, reopened);
		Dossier shown = ((DossierEditor) reopened).getDossier();
		assertEquals(1, shown.getSources().size(), "the reloaded editor shows the other writer's source");
		assertFalse(((DossierEditor) reopened).isDirty());
	}

	@Test
	void overwriteIsTheAnalystsChoiceAndAnUnchangedFileSavesWithoutAsking() throws Exception {
		Path file = folder.resolve("Mine.sbx");
		DossierEditor editor = DossierEditors.create(page(), file);
		List<Boolean> asked = new ArrayList<>();
		editor.changedOnDisk = (shell, path, saving, dirty) -> {
			asked.add(saving);
			return ChangedOnDisk.Choice.OVERWRITE;
		};
		rename(editor, "First");
		editor.doSave(null);
		assertEquals(List.of(), asked, "nothing changed on disk: no question");

		addSourceOnDisk(file, "Someone else's source.");
		rename(editor, "Second");
		editor.doSave(null);
		assertEquals(List.of(true), asked);
		assertEquals("Second", new DossierStore().load(file).getName());
		assertFalse(editor.isDirty());

		editor.checkDisk();
		assertEquals(List.of(true), asked, "after its own save the editor does not ask on activation");
	}

	@Test
	void activatingAnEditorWhoseFileChangedOffersTheRealDialog() throws Exception {
		Path file = folder.resolve("Dialog.sbx");
		DossierEditor editor = DossierEditors.create(page(), file);
		processEvents();
		addSourceOnDisk(file, "Changed behind the editor's back.");
		Display display = Display.getCurrent();
		String[] seen = { null };
		display.asyncExec(() -> {
			Shell dialog = display.getActiveShell();
			seen[0] = dialog == null ? null : dialog.getText();
			UiScreenshots.save("dossier-changed-on-disk");
			if (dialog != null) {
				dialog.close(); // closing the dialog = Keep Editing
			}
		});
		editor.checkDisk();
		assertEquals("Dossier Changed on Disk", seen[0]);
		assertTrue(page().getActiveEditor() == editor, "keep editing leaves the editor open");
	}

	private static void rename(DossierEditor editor, String name) {
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.getDossier(), SourcebenchPackage.Literals.DOSSIER__NAME, name));
		processEvents();
	}

	/** What a {@code sourcebench analyze} run does to the file: load, add a source, save atomically. */
	private static void addSourceOnDisk(Path file, String body) throws Exception {
		DossierStore store = new DossierStore();
		Dossier onDisk = store.load(file);
		onDisk.getSources().add(Dossiers.newSource(body));
		Thread.sleep(20); // a different modification time even on coarse clocks; the inode changes anyway
		store.save(onDisk, file);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 3; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}
}
