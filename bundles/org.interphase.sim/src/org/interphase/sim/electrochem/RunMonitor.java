package org.interphase.sim.electrochem;

/**
 * How a long-running engine reports progress and learns that its caller wants it to stop.
 * <p>
 * Engines call {@link #progress} every few hundred steps and {@link #throwIfCancelled(String)} at the
 * same points, so a cancelled run ends promptly with a {@link RunCancelledException} instead of
 * returning a half-finished result. The UI adapts an Eclipse progress monitor to this interface;
 * headless callers use {@link #NONE}.
 */
public interface RunMonitor {

    /** A monitor that ignores progress and never cancels (command line, tests, batch sweeps). */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void progress(double fraction, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction share of the run done so far, 0 to 1
     * @param message  what the engine is doing, e.g. "t = 120 h of 600 h"
     */
    void progress(double fraction, String message);

    /** @return true once the caller has asked the run to stop */
    boolean isCancelled();

    /**
     * Ends the run if it has been cancelled.
     *
     * @param where what the engine was doing, for the exception message
     * @throws RunCancelledException if {@link #isCancelled()} is true
     */
    default void throwIfCancelled(String where) {
        if (isCancelled()) {
            throw new RunCancelledException("run cancelled by the user at " + where);
        }
    }
}
