package org.interphase.analysis;

import java.util.List;

/**
 * An experiment's impedance sweeps with the measured files they name, simulated and imported together.
 *
 * @param experiment the experiment's name
 * @param stack      its stack's name
 * @param sweeps     at least one, in the order written
 */
public record MeasuredComparison(String experiment, String stack, List<ComparedSweep> sweeps) {

    public MeasuredComparison {
        sweeps = List.copyOf(sweeps);
    }

    /** The title of the first sweep's plot. */
    public String title() {
        return experiment + " " + sweeps.get(0).label() + " (" + stack + ") vs. measured";
    }
}
