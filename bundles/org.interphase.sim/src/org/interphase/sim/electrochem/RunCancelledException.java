package org.interphase.sim.electrochem;

import java.util.concurrent.CancellationException;

/**
 * Thrown by an engine whose {@link RunMonitor} reported cancellation. It is not an input error, so
 * it is deliberately not a {@code SimulationException}: callers show "cancelled", not "fix your
 * input". Extending {@link CancellationException} lets code that already handles cancelled futures
 * treat it the same way.
 */
public class RunCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    /** @param message where the run stopped */
    public RunCancelledException(String message) {
        super(message);
    }
}
