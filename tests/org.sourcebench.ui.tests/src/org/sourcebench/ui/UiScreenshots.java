package org.sourcebench.ui;

import java.io.File;

import org.sourcebench.test.support.ui.WorkbenchDriver;

/** Saves a PNG of the active shell into {@code sourcebench.screenshots} so that people can look at the UI. */
public final class UiScreenshots {

	private UiScreenshots() {
	}

	/** @return the PNG, or null when the tests run without {@code sourcebench.screenshots} */
	public static File save(String name) {
		return WorkbenchDriver.screenshot(name);
	}
}
