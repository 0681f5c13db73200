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
        return Integer.valueOf(new SourcebenchCli().run(args, System.out, System.err));
    }

    @Override
    public void stop() {
        // run() is short-lived and not interruptible; the framework waits for it to return.
    }
}
