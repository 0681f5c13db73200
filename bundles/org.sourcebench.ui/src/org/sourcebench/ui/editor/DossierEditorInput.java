package org.sourcebench.ui.editor;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A dossier file anywhere on disk. The standalone product has no workspace projects, so the editor works on
 * plain paths; inside an IDE it also accepts the IDE's file inputs ({@link IPathEditorInput}, or inputs that
 * adapt to a file URI, see {@link #pathOf(IEditorInput)}). Restored across sessions by
 * {@link DossierEditorInputFactory}.
 */
public class DossierEditorInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

	private final Path file;

	/** @param file the .sbx file */
	public DossierEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	/** @return the file of {@code input}, or null if it is not a local file */
	public static Path pathOf(IEditorInput input) {
		if (input instanceof DossierEditorInput dossierInput) {
			return dossierInput.getFile();
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toPath();
		}
		// An IDE's file-system input (FileStoreEditorInput) adapts to its URI.
		java.net.URI uri = input.getAdapter(java.net.URI.class);
		if (uri != null && "file".equals(uri.getScheme())) {
			return Paths.get(uri);
		}
		return input.getAdapter(Path.class);
	}

	/** @return the dossier file */
	public Path getFile() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(file);
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public String getFactoryId() {
		return DossierEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(DossierEditorInputFactory.KEY_PATH, file.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DossierEditorInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
