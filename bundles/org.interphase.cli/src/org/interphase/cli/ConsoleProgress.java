package org.interphase.cli;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

import org.interphase.sim.electrochem.RunMonitor;

/**
 * A one-line progress bar on the error stream ("[#########           ]  45% t = 270 h of 600 h"), redrawn at most
 * every {@value #REDRAW_MILLIS} ms so that fast engines do not spend their time printing. Cancellation comes from
 * Ctrl+C through the supplier.
 */
final class ConsoleProgress implements RunMonitor {

    private static final int WIDTH = 30;
    private static final long REDRAW_MILLIS = 200;

    private final PrintStream err;
    private final String label;
    private final BooleanSupplier cancelled;
    private long lastDraw;
    private boolean complete;

    ConsoleProgress(PrintStream err, String label, BooleanSupplier cancelled) {
        this.err = err;
        this.label = label;
        this.cancelled = cancelled;
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.currentTimeMillis();
        if (now - lastDraw < REDRAW_MILLIS && fraction < 1) {
            return;
        }
        lastDraw = now;
        draw(fraction, message);
    }

    /** Draws the full bar, unless the engine just did, and ends the line. */
    void done() {
        if (!complete) {
            draw(1, "done");
        }
        err.println();
    }

    private void draw(double fraction, String message) {
        double clamped = Math.max(0, Math.min(1, fraction));
        complete = clamped == 1;
        int filled = (int) Math.round(clamped * WIDTH);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%3d%%", Math.round(clamped * 100)) + " " + message
                + "    ");
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
