package org.sourcebench.application;

import java.awt.SplashScreen;

/**
 * The native Eclipse launcher (which draws splash.bmp) is not on Maven Central, so the start script
 * asks the JVM itself to show the splash ({@code java -splash:...}). The JVM closes it only when an AWT
 * window opens, which never happens in an SWT application: we close it once the workbench is up.
 */
final class JvmSplash {

	private JvmSplash() {
	}

	static void close() {
		if (!Boolean.getBoolean("sourcebench.splash")) {
			return; // never touch AWT unless the start script showed a splash
		}
		try {
			SplashScreen splash = SplashScreen.getSplashScreen();
			if (splash != null && splash.isVisible()) {
				splash.close();
			}
		} catch (RuntimeException | LinkageError e) {
			// headless JVM or no splash support: nothing to close
		}
	}
}
