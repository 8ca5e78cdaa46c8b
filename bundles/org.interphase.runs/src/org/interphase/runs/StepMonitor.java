package org.interphase.runs;

import org.interphase.sim.electrochem.RunMonitor;

/**
 * Maps one measurement's progress (0 to 1) onto its share of the whole run, so the caller sees a single bar that
 * moves from the first measurement to the last, labelled with the measurement being run.
 */
final class StepMonitor implements RunMonitor {

    private final RunMonitor whole;
    private final String label;
    private final double start;
    private final double share;

    StepMonitor(RunMonitor whole, String label, int index, int count) {
        this.whole = whole;
        this.label = label;
        this.start = (double) index / count;
        this.share = 1.0 / count;
    }

    @Override
    public void progress(double fraction, String message) {
        double clamped = Math.max(0, Math.min(1, fraction));
        whole.progress(start + share * clamped, label + ": " + message);
    }

    @Override
    public boolean isCancelled() {
        return whole.isCancelled();
    }
}
