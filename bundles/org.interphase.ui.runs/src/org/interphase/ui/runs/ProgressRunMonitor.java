package org.interphase.ui.runs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * An Eclipse progress monitor as the engines' {@link RunMonitor}: fractions become work units of one task, the
 * engine's message becomes the subtask, and the progress dialog's Cancel button cancels the run.
 */
final class ProgressRunMonitor implements RunMonitor {

    /** Fine enough that the bar moves smoothly over long runs. */
    static final int TOTAL_WORK = 1000;

    private final IProgressMonitor monitor;
    private int done;

    /** @param monitor a monitor on which {@code beginTask(name, TOTAL_WORK)} was called */
    ProgressRunMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void progress(double fraction, String message) {
        int reached = (int) Math.round(Math.max(0, Math.min(1, fraction)) * TOTAL_WORK);
        if (reached > done) {
            monitor.worked(reached - done);
            done = reached;
        }
        monitor.subTask(message);
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
