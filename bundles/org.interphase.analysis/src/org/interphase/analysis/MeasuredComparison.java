package org.interphase.analysis;

import java.util.List;

/**
 * An experiment's measurements with the measured files they name, simulated and imported together.
 *
 * @param experiment the experiment's name
 * @param stack      its stack's name
 * @param sweeps     the impedance sweeps, in the order written
 * @param cycling    the cycling measurements, in the order written
 * @param symmetric  the plating/stripping measurements, in the order written
 */
public record MeasuredComparison(String experiment, String stack, List<ComparedSweep> sweeps,
        List<CyclingComparison> cycling, List<SymmetricComparison> symmetric) {

    public MeasuredComparison {
        sweeps = List.copyOf(sweeps);
        cycling = List.copyOf(cycling);
        symmetric = List.copyOf(symmetric);
    }

    /** Whether no measurement was compared. */
    public boolean isEmpty() {
        return sweeps.isEmpty() && cycling.isEmpty() && symmetric.isEmpty();
    }

    /** The title of the first sweep's plot (there must be a sweep). */
    public String title() {
        return experiment + " " + sweeps.get(0).label() + " (" + stack + ") vs. measured";
    }
}
