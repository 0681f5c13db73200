package org.sourcebench.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link DossierEditorInput} when the workbench restores the editors of the last session. */
public class DossierEditorInputFactory implements IElementFactory {

	/** Id of this factory in plugin.xml. */
	public static final String ID = "org.sourcebench.ui.editor.dossierInputFactory";

	static final String KEY_PATH = "path";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(KEY_PATH);
		// A dossier deleted since the last session is not reopened (the editor would only show an error).
		return path == null || !Files.isRegularFile(Path.of(path)) ? null : new DossierEditorInput(Path.of(path));
	}
}
