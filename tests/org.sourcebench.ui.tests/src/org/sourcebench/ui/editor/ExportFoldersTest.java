package org.sourcebench.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;

/** The folder every export (Excel, diagram, timeline and map images) offers for a dossier loaded from disk. */
class ExportFoldersTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() {
		preferences().setToDefault(ExportFolders.LAST_EXPORT_FOLDER);
	}

	@Test
	void aDossierInAnOrdinaryFolderIsExportedNextToItself() throws Exception {
		Path file = dir.resolve("cases/Aleppo.sbx");
		assertEquals(dir.resolve("cases"), ExportFolders.forElement(saveAndLoad(file)));
	}

	@Test
	void aDossierInAHiddenFolderIsExportedWhereTheLastExportWent() throws Exception {
		Dossier hidden = saveAndLoad(dir.resolve(".metadata/sample/Sample.sbx"));
		Path documents = documentsOrHome();
		assertEquals(documents, ExportFolders.forElement(hidden), "nothing remembered yet: Documents or home");

		Path exports = Files.createDirectories(dir.resolve("exports"));
		ExportFolders.remember(exports.resolve("timeline.png"));
		assertEquals(exports, ExportFolders.forElement(hidden));
	}

	@Test
	void aDossierNotOnDiskIsTreatedAsUnsaved() {
		Path exports = dir.resolve("exports");
		ExportFolders.remember(exports.resolve("map.png"));
		Path documents = documentsOrHome();
		assertEquals(documents, ExportFolders.forElement(SourcebenchFactory.eINSTANCE.createDossier()),
				"an unsaved dossier and a remembered folder that no longer exists");
		assertEquals(documents, ExportFolders.forElement(null));
	}

	private static Dossier saveAndLoad(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Dossier dossier = SourcebenchFactory.eINSTANCE.createDossier();
		dossier.setName(file.getFileName().toString());
		new DossierStore().save(dossier, file);
		return new DossierStore().load(file);
	}

	/** Where an export goes when neither the dossier's folder nor a remembered one serves. */
	private static Path documentsOrHome() {
		Path home = Path.of(System.getProperty("user.home"));
		return Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
	}

	private static IPreferenceStore preferences() {
		return SourcebenchUiPlugin.getDefault().getPreferenceStore();
	}
}
