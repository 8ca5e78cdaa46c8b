package org.interphase.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The command line as an Equinox application ({@code -application org.interphase.cli.headless}), for running it
 * inside an installed product; the arguments after the launcher's own are the command's.
 */
public final class HeadlessApplication implements IApplication {

    private volatile boolean stopped;

    @Override
    public Object start(IApplicationContext context) {
        Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = arguments instanceof String[] strings ? strings : new String[0];
        return new Commands(System.out, System.err, () -> stopped).run(args);
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
