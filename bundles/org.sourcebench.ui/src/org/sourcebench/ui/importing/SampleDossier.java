package org.sourcebench.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierLoadException;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * "Open the sample dossier": the articles shipped in this bundle's {@code samples/} folder, imported into a
 * dossier in the workbench's state area and analysed on the spot, so that a new analyst sees a filled
 * workbench in one click. A sample dossier made earlier is reopened as it was left, unless it is missing,
 * empty (no sources: an analysis that never finished or was never saved) or older than the installed samples;
 * then it is rebuilt. A rebuilt sample is saved as soon as its analysis ends, so it opens saved and complete.
 */
public final class SampleDossier {

	/** The sample dossier's file name. */
	public static final String FILE_NAME = "Sample dossier.sbx";

	private SampleDossier() {
	}

	/**
	 * Opens the sample dossier, creating and filling it first if needed.
	 *
	 * @return the import job that fills a new sample dossier, or null when an existing one was reopened (or
	 *         the editor could not be opened)
	 */
	public static ImportArticlesJob open(IWorkbenchPage page) throws IOException {
		Path folder = Platform.getStateLocation(bundle()).toPath().resolve("sample");
		Path file = folder.resolve(FILE_NAME);
		if (isComplete(file)) {
			DossierEditors.open(page, file);
			return null;
		}
		closeEditorOf(page, file);
		Path articles = copyArticles(folder.resolve("articles"));
		DossierEditor editor = DossierEditors.create(page, file);
		if (editor == null) {
			return null;
		}
		// taken now: when the job ends the editor (and its site's window) may be gone already
		Display display = editor.getSite().getShell().getDisplay();
		ImportArticlesJob job = ArticleImports.start(editor, List.of(articles), true, false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (display.isDisposed()) {
					return;
				}
				display.asyncExec(() -> {
					// The editor may have been closed meanwhile: then the next open rebuilds (no sources on disk).
					if (event.getResult().getSeverity() != IStatus.CANCEL && editor.getReader() != null
							&& !editor.getReader().getControl().isDisposed()) {
						editor.doSave(null);
					}
				});
			}
		});
		return job;
	}

	/**
	 * @return whether {@code file} holds a sample dossier worth reopening: it loads, has sources and is not
	 *         older than the bundle that ships the samples
	 */
	static boolean isComplete(Path file) {
		try {
			if (!Files.isRegularFile(file) || Files.size(file) == 0
					|| Files.getLastModifiedTime(file).toMillis() < bundle().getLastModified()) {
				return false;
			}
			Dossier dossier = new DossierStore().load(file);
			return !dossier.getSources().isEmpty();
		} catch (IOException | DossierLoadException | RuntimeException e) {
			return false;
		}
	}

	private static void closeEditorOf(IWorkbenchPage page, Path file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof DossierEditor open && open.getFile().equals(file.toAbsolutePath().normalize())) {
				page.closeEditor(open, false);
			}
		}
	}

	/** Copies the shipped articles out of the (possibly jarred) bundle into {@code target}. */
	static Path copyArticles(Path target) throws IOException {
		Files.createDirectories(target);
		Enumeration<URL> entries = bundle().findEntries("samples", "*", false);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			if (name.isEmpty()) {
				continue;
			}
			AtomicFileWriter.write(target.resolve(name), false, out -> {
				try (InputStream in = entry.openStream()) {
					in.transferTo(out);
				}
			});
		}
		return target;
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(SampleDossier.class);
	}
}
