package org.sourcebench.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, title and bars of the workstation window. */
public class SourcebenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Used when the screen cannot be asked: fits a 1366x768 screen with room for the desktop's panels. */
	private static final Point FALLBACK_SIZE = new Point(1280, 720);

	/** Share of the primary monitor's work area the first window takes (later starts restore the last size). */
	private static final double SCREEN_SHARE = 0.9;

	public SourcebenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SourcebenchActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize());
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle("Sourcebench");
	}

	private static Point initialSize() {
		Display display = Display.getCurrent();
		Monitor monitor = display == null ? null : display.getPrimaryMonitor();
		if (monitor == null) {
			return FALLBACK_SIZE;
		}
		Rectangle area = monitor.getClientArea();
		return new Point(side(area.width, FALLBACK_SIZE.x), side(area.height, FALLBACK_SIZE.y));
	}

	/** A share of the screen, at least the fallback, never more than the screen. */
	private static int side(int screen, int fallback) {
		return Math.min(screen, Math.max(fallback, (int) (screen * SCREEN_SHARE)));
	}
}
