package org.interphase.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI thread's event loop from a test, so that what the workbench posts to it (reconciler results, view
 * refreshes, job completions) happens while the test waits, as it would while a user watches.
 */
public final class UiEvents {

    private static final long POLL_MILLIS = 20;

    private UiEvents() {
    }

    /** Passes over the event queue: what a dispatched event posts (a layout, then its paint) runs too. */
    private static final int DRAIN_PASSES = 20;

    /** Dispatches every pending event, and those they post; on the UI thread. */
    public static void drain() {
        Display display = Display.getCurrent();
        for (int pass = 0; pass < DRAIN_PASSES; pass++) {
            while (display.readAndDispatch()) {
                // keep dispatching until the queue is empty
            }
        }
    }

    /** Runs the event loop until {@code condition} holds; false if {@code timeout} passes first. */
    public static boolean waitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            drain();
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** Runs the event loop for {@code millis}, so that views refreshing in jobs of their own catch up. */
    public static void runFor(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        waitUntil(Duration.ofMillis(millis + POLL_MILLIS), () -> System.nanoTime() > end);
    }
}
