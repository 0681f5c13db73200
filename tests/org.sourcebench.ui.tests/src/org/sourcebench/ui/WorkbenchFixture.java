package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.test.support.ui.WorkbenchDriver;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.importing.ArticleImports;
import org.sourcebench.ui.importing.ImportArticlesJob;

/**
 * Drives the real workbench for the UI tests: dossiers in a temporary folder, the seed article, commands; the event
 * loop, views and waiting are the shared {@link WorkbenchDriver}'s.
 */
final class WorkbenchFixture {

	/** The seed article shipped with the workbench (the first sample). */
	static final String SEED = "samples/000_e2a23cc3f04865a0.txt";

	private WorkbenchFixture() {
	}

	static IWorkbenchPage page() {
		return WorkbenchDriver.page();
	}

	/** @return the seed article as a file */
	static Path seed() throws IOException {
		URL entry = FrameworkUtil.getBundle(WorkbenchFixture.class).getEntry(SEED);
		assertNotNull(entry, "seed article missing from the bundle");
		return Path.of(FileLocator.toFileURL(entry).getPath());
	}

	/** Creates a dossier in {@code folder}, opens it and imports and analyses the seed article. */
	static DossierEditor newDossierWithSeed(Path folder) throws IOException {
		DossierEditor editor = DossierEditors.create(page(), folder.resolve("Seed.sbx"));
		assertNotNull(editor, "dossier editor did not open");
		ImportArticlesJob job = ArticleImports.start(editor, List.of(seed()), true, false);
		IStatus result = waitFor(job);
		assertEquals(IStatus.INFO, result.getSeverity(), "import problems: " + result);
		assertEquals(1, editor.getDossier().getSources().size());
		processEvents();
		return editor;
	}

	/** Runs the event loop until {@code job} is done (its commands run on the display thread). */
	static IStatus waitFor(Job job) {
		return WorkbenchDriver.waitFor(job);
	}

	/** Runs the event loop until {@code condition} holds. */
	static void until(BooleanSupplier condition, String what) {
		WorkbenchDriver.until(condition, what);
	}

	/** Handles all pending events (repaints, asynchronous refreshes of the views). */
	static void processEvents() {
		WorkbenchDriver.processEvents();
	}

	/** Shows and activates the view {@code id}. */
	static <T extends IViewPart> T show(String id) throws PartInitException {
		return WorkbenchDriver.show(id);
	}

	/**
	 * Runs command {@code commandId} as its key binding or menu item would: through {@code part}'s handler
	 * service, on the part's current selection.
	 *
	 * @return whether the command was enabled (it runs only then)
	 */
	static boolean execute(org.eclipse.ui.IWorkbenchPart part, String commandId) throws Exception {
		processEvents();
		if (!isEnabled(part, commandId)) {
			return false;
		}
		part.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
		processEvents();
		return true;
	}

	/** @return whether command {@code commandId} is enabled for {@code part} (the active part) and its selection */
	static boolean isEnabled(org.eclipse.ui.IWorkbenchPart part, String commandId) {
		processEvents();
		org.eclipse.core.commands.Command command = part.getSite().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand(commandId);
		command.setEnabled(part.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).getCurrentState());
		return command.isEnabled();
	}

	/** Closes every editor without saving. */
	static void closeAll() {
		page().closeAllEditors(false);
		processEvents();
	}
}
