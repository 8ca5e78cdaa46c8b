package org.interphase.sim.electrochem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link RunMonitor} for tests of the engines: it records every progress call and asks the run to
 * stop once it has seen a given number of them, as a user pressing Cancel mid-run would.
 */
public final class RecordingMonitor implements RunMonitor {

    private final int cancelAfter;
    private final List<Double> fractions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    private RecordingMonitor(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    /** A monitor that only records. */
    public static RecordingMonitor neverCancelling() {
        return new RecordingMonitor(Integer.MAX_VALUE);
    }

    /** A monitor that reports cancellation once {@code calls} progress calls have arrived (0: from the start). */
    public static RecordingMonitor cancellingAfter(int calls) {
        return new RecordingMonitor(calls);
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
        messages.add(message);
    }

    @Override
    public boolean isCancelled() {
        return fractions.size() >= cancelAfter;
    }

    /** The fractions reported so far, in order. */
    public List<Double> fractions() {
        return Collections.unmodifiableList(fractions);
    }

    /** The messages reported so far, in order. */
    public List<String> messages() {
        return Collections.unmodifiableList(messages);
    }
}
