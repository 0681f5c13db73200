package org.sourcebench.ide.driver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Test driver of the IDE integration test (ide-test.sh); dropped into an IDE's dropins folder, never shipped.
 * After the workbench is up it does what a user does (-Dsbdriver.mode=use): opens the Analysis perspective, the
 * sample dossier and a diagram of it, then the Java perspective; or only records that the window came up
 * (-Dsbdriver.mode=start). Writes one line per step to -Dsbdriver.out ("OK" last when every step passed) and
 * closes the workbench.
 */
public class Driver implements IStartup {

	private final List<String> lines = new ArrayList<>();

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.asyncExec(() -> {
			long upMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			lines.add("window-ms " + upMs);
			try {
				IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
				if ("use".equals(System.getProperty("sbdriver.mode"))) {
					use(workbench, window, display);
				}
				lines.add("OK");
			} catch (Throwable t) {
				StringWriter trace = new StringWriter();
				t.printStackTrace(new PrintWriter(trace));
				lines.add("FAIL " + trace);
			}
			write();
			workbench.close();
		});
	}

	private void use(IWorkbench workbench, IWorkbenchWindow window, Display display) throws Exception {
		IWorkbenchPage page = workbench.showPerspective("org.sourcebench.ui.perspectives.analysis", window);
		settle(display);
		lines.add("perspective " + page.getPerspective().getId());
		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("org.sourcebench.ui.commands.openSample", null);
		IEditorPart dossier = waitForEditor(page, display, "org.sourcebench.ui.editors.dossier");
		lines.add("editor " + dossier.getSite().getId() + " " + dossier.getTitle());
		waitForJobs(display, 180_000);
		lines.add("jobs done");
		handlers.executeCommand("org.sourcebench.diagram.newFromDossier", null);
		IEditorPart diagram = waitForEditor(page, display, "org.sourcebench.diagram.editor");
		lines.add("editor " + diagram.getSite().getId() + " " + diagram.getTitle());
		screenshot(System.getProperty("sbdriver.shot"));
		page.closeAllEditors(false);
		settle(display);
		IWorkbenchPage java = workbench.showPerspective("org.eclipse.jdt.ui.JavaPerspective", window);
		settle(display);
		lines.add("perspective " + java.getPerspective().getId());
	}

	/** A picture of the screen for people to look at (ImageMagick's import; skipped when it is missing). */
	private static void screenshot(String file) {
		if (file == null) {
			return;
		}
		try {
			new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
		} catch (Exception e) {
			System.err.println("no screenshot: " + e);
		}
	}

	/** Waits until no job is running or waiting (the sample's article import runs as one). */
	private static void waitForJobs(Display display, long timeoutMs) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (System.currentTimeMillis() < end) {
			boolean busy = java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
					.anyMatch(j -> j.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING
							|| j.getState() == org.eclipse.core.runtime.jobs.Job.WAITING);
			if (!busy) {
				settle(display);
				return;
			}
			settle(display);
		}
		throw new IllegalStateException("jobs still running after " + timeoutMs / 1000 + " s");
	}

	private static IEditorPart waitForEditor(IWorkbenchPage page, Display display, String id) {
		long end = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < end) {
			IEditorPart editor = page.getActiveEditor();
			if (editor != null && id.equals(editor.getSite().getId())) {
				settle(display);
				return editor;
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		throw new IllegalStateException("no editor " + id + " within 60 s (active: "
				+ (page.getActiveEditor() == null ? "none" : page.getActiveEditor().getSite().getId()) + ")");
	}

	/** Runs the event loop for a moment so that jobs posted to the UI thread (views, layout) run. */
	private static void settle(Display display) {
		long end = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}

	private void write() {
		try {
			Path out = Path.of(System.getProperty("sbdriver.out"));
			Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
			Files.write(tmp, lines, StandardCharsets.UTF_8);
			Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (Exception e) {
			e.printStackTrace();
		}
	}
}
