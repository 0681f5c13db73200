package org.sourcebench.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sourcebench.ui.internal.Messages;

/**
 * Notices that a dossier file was changed on disk since the editor read or wrote it (a {@code sourcebench
 * analyze} run added to it, another workbench saved it), so that the editor offers to reload instead of
 * overwriting that work silently.
 */
final class ChangedOnDisk {

	/** What to do about a file changed on disk. */
	enum Choice {
		/** Discard the editor's state and read the file again. */
		RELOAD,
		/** Write the editor's state over the file on disk. */
		OVERWRITE,
		/** Leave both as they are. */
		CANCEL
	}

	/** Asks the analyst; tests answer for them. */
	interface Prompt {
		/**
		 * @param saving whether the editor is about to save (else it was just activated)
		 * @return the choice; {@link Choice#OVERWRITE} only when {@code saving}
		 */
		Choice ask(Shell shell, Path file, boolean saving, boolean dirty);
	}

	/** The dialog: Reload / Overwrite / Cancel when saving, Reload / Keep when activated. */
	static final Prompt DIALOG = (shell, file, saving, dirty) -> {
		if (saving) {
			int answer = new MessageDialog(shell, Messages.Editor_changedOnDiskTitle, null,
					NLS.bind(Messages.Editor_changedOnDiskSave, file), MessageDialog.WARNING, 2,
					Messages.Editor_changedOnDiskReload, Messages.Editor_changedOnDiskOverwrite,
					Messages.Editor_changedOnDiskCancel).open();
			return answer == 0 ? Choice.RELOAD : answer == 1 ? Choice.OVERWRITE : Choice.CANCEL;
		}
		String message = NLS.bind(dirty ? Messages.Editor_changedOnDiskDirty : Messages.Editor_changedOnDisk, file);
		int answer = new MessageDialog(shell, Messages.Editor_changedOnDiskTitle, null, message, MessageDialog.QUESTION,
				0, Messages.Editor_changedOnDiskReload, Messages.Editor_changedOnDiskKeep).open();
		return answer == 0 ? Choice.RELOAD : Choice.CANCEL;
	};

	/** What identifies one version of a file: its inode (the atomic writer replaces it), size and time. */
	record Stamp(Object fileKey, long size, long modified) {

		static final Stamp MISSING = new Stamp(null, -1, -1);

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
			} catch (IOException e) {
				return MISSING;
			}
		}

		boolean sameAs(Stamp other) {
			return Objects.equals(this, other);
		}
	}

	private ChangedOnDisk() {
	}
}
