package org.interphase.sim.stack;

import java.util.Objects;

import org.interphase.sim.impedance.Spectrum;

/**
 * One part of a stack's equivalent circuit with its own spectrum, so that a view can show which layer or
 * interface makes which arc. The parts are in series: their spectra add up to the cell's.
 *
 * @param label      e.g. "LATP bulk", "Li|LATP charge transfer"
 * @param kind       what the part stands for
 * @param resistance its resistance, Ω: R of an arc, Z0 of a diffusion element, and 0 for the double layer of a
 *                   blocking electrode (a pure capacitance)
 * @param spectrum   its impedance over the sweep
 */
public record StackContribution(String label, ContributionKind kind, double resistance, Spectrum spectrum) {

    public StackContribution {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, () -> "kind of " + label);
        Objects.requireNonNull(spectrum, () -> "spectrum of " + label);
    }
}
