package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.importing.ArticleImports;
import org.sourcebench.ui.importing.ImportArticlesJob;

/** Drives the real workbench for the UI tests: dossiers in a temporary folder, the seed article, event loop. */
final class WorkbenchFixture {

    /** The seed article shipped with the workbench (the first sample). */
    static final String SEED = "samples/000_e2a23cc3f04865a0.txt";

    /** Gives up on a background job after this long (a hang, not a speed check). */
    private static final long GIVE_UP_MILLIS = 300_000;

    private WorkbenchFixture() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
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
        until(() -> job.getState() == Job.NONE && job.getResult() != null, "job " + job.getName());
        processEvents();
        return job.getResult();
    }

    /** Runs the event loop until {@code condition} holds. */
    static void until(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > giveUp) {
                fail("gave up waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Handles all pending events (repaints, asynchronous refreshes of the views). */
    static void processEvents() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(30, () -> {
            });
            display.sleep();
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Shows and activates the view {@code id}. */
    @SuppressWarnings("unchecked")
    static <T extends IViewPart> T show(String id) throws PartInitException {
        IViewPart view = page().showView(id);
        page().activate(view);
        processEvents();
        return (T) view;
    }

    /** Closes every editor without saving. */
    static void closeAll() {
        page().closeAllEditors(false);
        processEvents();
    }
}
