package org.sourcebench.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application {@code org.sourcebench.cli.app}, which the product's start script runs
 * for {@code sourcebench analyze|export|--version|--help}. A thin wrapper: all work is in
 * {@link SourcebenchCli}, which runs without OSGi too. The returned {@link Integer} becomes the process
 * exit code.
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = arguments instanceof String[] strings ? strings : new String[0];
		context.applicationRunning();
		try {
			return Integer.valueOf(new SourcebenchCli().run(args, System.out, System.err));
		} catch (Throwable e) { // NOPMD: nothing may reach the framework, which would log it on standard output
			System.err.println("sourcebench: internal error, the run stopped: " + e);
			return Integer.valueOf(ExitCodes.INTERNAL_ERROR);
		}
	}

	@Override
	public void stop() {
		// run() is short-lived and not interruptible; the framework waits for it to return.
	}
}
