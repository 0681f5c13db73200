package org.sourcebench.test.support.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the real workbench from a UI test (on the display thread, under the UI harness): the event loop,
 * waiting for jobs and conditions, showing views, and screenshots for people to look at.
 */
public final class WorkbenchDriver {

	/** Gives up waiting after this long (a hang, not a speed check). */
	private static final long GIVE_UP_MILLIS = 300_000;

	private WorkbenchDriver() {
	}

	/** @return the active workbench page */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Shows and activates the view {@code id}. */
	@SuppressWarnings("unchecked")
	public static <T extends IViewPart> T show(String id) throws PartInitException {
		IViewPart view = page().showView(id);
		page().activate(view);
		processEvents();
		return (T) view;
	}

	/** Runs the event loop until {@code job} is done (its commands run on the display thread). */
	public static IStatus waitFor(Job job) {
		until(() -> job.getState() == Job.NONE && job.getResult() != null, "job " + job.getName());
		processEvents();
		return job.getResult();
	}

	/** Runs the event loop until {@code condition} holds; fails the test after five minutes. */
	public static void until(BooleanSupplier condition, String what) {
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
	public static void processEvents() {
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

	/**
	 * Saves what the active shell (or else the first one) shows on screen, popup menus over it included.
	 *
	 * @return the PNG in the folder of the system property {@code sourcebench.screenshots}, or null without it
	 */
	public static File screenshot(String name) {
		Display display = Display.getCurrent();
		if (System.getProperty("sourcebench.screenshots") == null || display == null) {
			return null;
		}
		return screenshotOf(display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0], name);
	}

	/**
	 * Saves what {@code shell} shows on screen.
	 *
	 * @return the PNG in the folder of the system property {@code sourcebench.screenshots}, or null without it
	 */
	public static File screenshotOf(Shell shell, String name) {
		String dir = System.getProperty("sourcebench.screenshots");
		if (dir == null) {
			return null;
		}
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// flush pending paints first
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			File folder = new File(dir);
			folder.mkdirs();
			File file = new File(folder, name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
