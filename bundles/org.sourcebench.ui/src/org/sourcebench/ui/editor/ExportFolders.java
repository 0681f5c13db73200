package org.sourcebench.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;

/**
 * Where an export (Excel report, images) is offered by default: next to the dossier, where the analyst looks for
 * it; but a dossier inside a hidden folder (the sample lives in the workspace's {@code .metadata/.plugins/…}) would
 * put the export where nobody finds it, so then the last folder an export went to (remembered in the preferences),
 * else the home folder's Documents, else the home folder.
 */
public final class ExportFolders {

	/** Preference key of the folder the last export was written to. */
	public static final String LAST_EXPORT_FOLDER = "lastExportFolder";

	private ExportFolders() {
	}

	/** @return the folder to offer for an export of the dossier in {@code dossierFile} (null if unsaved) */
	public static Path defaultFor(Path dossierFile) {
		Path folder = dossierFile == null ? null : dossierFile.toAbsolutePath().getParent();
		if (folder != null && !isHidden(folder)) {
			return folder;
		}
		String last = store().getString(LAST_EXPORT_FOLDER);
		if (last != null && !last.isBlank()) {
			try {
				Path remembered = Path.of(last);
				if (Files.isDirectory(remembered)) {
					return remembered;
				}
			} catch (java.nio.file.InvalidPathException e) {
				// a preference edited by hand: fall through to the home folder
			}
		}
		Path home = Path.of(System.getProperty("user.home"));
		Path documents = home.resolve("Documents");
		return Files.isDirectory(documents) ? documents : home;
	}

	/**
	 * @param element an element of the dossier (or diagram) being exported, or null
	 * @return {@link #defaultFor(Path)} for the file its resource is stored in (as for an unsaved dossier when it has
	 *         none)
	 */
	public static Path forElement(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		URI uri = resource == null ? null : resource.getURI();
		return defaultFor(uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null);
	}

	/** Remembers the folder of {@code exported} as the default for the next export of a hidden dossier. */
	public static void remember(Path exported) {
		Path folder = exported == null ? null : exported.toAbsolutePath().getParent();
		if (folder == null) {
			return;
		}
		IPreferenceStore store = store();
		store.setValue(LAST_EXPORT_FOLDER, folder.toString());
		if (store instanceof IPersistentPreferenceStore persistent && persistent.needsSaving()) {
			try {
				persistent.save();
			} catch (IOException e) {
				SourcebenchUiPlugin.log(org.sourcebench.ui.internal.Messages.Export_folderNotRemembered, e);
			}
		}
	}

	/** @return true if a folder on the path is hidden (its name starts with a dot, as {@code .metadata} does) */
	static boolean isHidden(Path folder) {
		for (Path name : folder.toAbsolutePath().normalize()) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static IPreferenceStore store() {
		return SourcebenchUiPlugin.getDefault().getPreferenceStore();
	}
}
