package org.interphase.sim.impedance;

import org.hipparchus.complex.Complex;

/**
 * The impedance of one top-level series part of a circuit at one frequency, so that a view can show which
 * layer or interface makes which arc.
 *
 * @param label     the part's label, or its circuit string if it has none
 * @param impedance Z of that part in Ω
 */
public record Contribution(String label, Complex impedance) {
}
