package org.sourcebench.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.ui.editor.ExportFolders;

/** Paints a view into an off-screen image and saves it as PNG through the AtomicFileWriter (nothing half-written). */
public final class PngExport {

	/** Writes a view's picture to a file. */
	@FunctionalInterface
	public interface Target {
		/** @throws IOException naming the file when it cannot be written */
		void write(Path file) throws IOException;
	}

	private PngExport() {
	}

	/**
	 * @param shell the shell of the view the action belongs to
	 * @param dossier the dossier the view shows (or null): the dialog offers its folder, as the other exports do
	 * @param fileName the file name the save dialog proposes
	 * @return the view menu's "Export as PNG…": asks where, writes there, shows an error dialog when it cannot
	 */
	public static IAction action(Supplier<Shell> shell, Supplier<? extends EObject> dossier, String fileName, Target target) {
		return new Action(Messages.ExportPng_action) {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
				dialog.setText(Messages.ExportPng_title);
				dialog.setFilterExtensions(new String[] { "*.png" });
				dialog.setFileName(fileName);
				dialog.setFilterPath(ExportFolders.forElement(dossier.get()).toString());
				dialog.setOverwrite(true);
				String file = dialog.open();
				if (file != null) {
					ExportFolders.remember(Path.of(file));
					try {
						target.write(Path.of(file));
					} catch (IOException e) {
						MessageDialog.openError(shell.get(), Messages.ExportPng_title, e.getMessage());
					}
				}
			}
		};
	}

	/**
	 * @param painter paints the whole picture on the GC it is given
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void save(Display display, int width, int height, Consumer<GC> painter, Path target) throws IOException {
		Image image = new Image(display, Math.max(1, width), Math.max(1, height));
		try {
			GC gc = new GC(image);
			try {
				gc.setAntialias(SWT.ON);
				gc.setTextAntialias(SWT.ON);
				painter.accept(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			AtomicFileWriter.write(target, false, out -> loader.save(out, SWT.IMAGE_PNG));
		} finally {
			image.dispose();
		}
	}
}
