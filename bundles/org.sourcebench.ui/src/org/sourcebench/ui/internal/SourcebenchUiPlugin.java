package org.sourcebench.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.sourcebench.model.validation.DossierValidator;
import org.sourcebench.ui.SourcebenchUi;

/**
 * The bundle's activator: gives the workbench parts their preference store and the platform log.
 */
public class SourcebenchUiPlugin extends AbstractUIPlugin {

	private static SourcebenchUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// So that EMF's Diagnostician, wherever it is used in the workbench, applies the dossier rules.
		DossierValidator.register();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	/** @return the running plug-in */
	public static SourcebenchUiPlugin getDefault() {
		return instance;
	}

	/** Logs a problem to the platform log. */
	public static void log(String message, Throwable exception) {
		ILog.of(SourcebenchUiPlugin.class).log(new Status(IStatus.ERROR, SourcebenchUi.PLUGIN_ID, message, exception));
	}
}
