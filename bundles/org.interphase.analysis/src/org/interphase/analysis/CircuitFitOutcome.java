package org.interphase.analysis;

import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.Spectrum;

/**
 * A finished circuit fit.
 *
 * @param circuitString the circuit in impedance.py syntax (a CDC string as translated)
 * @param start         the starting values, in parameter order
 * @param data          the fitted spectrum
 * @param fit           the fitted parameters with standard errors and χ²
 * @param curve         the fitted circuit's spectrum at the data frequencies
 */
public record CircuitFitOutcome(String circuitString, double[] start, Spectrum data, FitResult fit, Spectrum curve) {

    public CircuitFitOutcome {
        start = start.clone();
    }

    @Override
    public double[] start() {
        return start.clone();
    }
}
