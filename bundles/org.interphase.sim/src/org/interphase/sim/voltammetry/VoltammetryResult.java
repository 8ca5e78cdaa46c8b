package org.interphase.sim.voltammetry;

import java.util.OptionalDouble;

/**
 * A simulated voltammogram.
 *
 * @param time           s from the start
 * @param potential      E of the working electrode vs Li/Li⁺ as the potentiostat sets it, V
 * @param currentDensity i, A/m², positive for oxidation at the working electrode
 * @param onsetPotential the potential of the forward sweep at which i first reaches the onset current density, V;
 *                       empty if it never does
 */
public record VoltammetryResult(VoltammetryInput input, double[] time, double[] potential, double[] currentDensity,
        OptionalDouble onsetPotential) {

    public VoltammetryResult {
        time = time.clone();
        potential = potential.clone();
        currentDensity = currentDensity.clone();
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    @Override
    public double[] potential() {
        return potential.clone();
    }

    @Override
    public double[] currentDensity() {
        return currentDensity.clone();
    }
}
