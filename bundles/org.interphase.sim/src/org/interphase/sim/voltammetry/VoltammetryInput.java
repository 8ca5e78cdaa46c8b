package org.interphase.sim.voltammetry;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * A linear sweep (LSV) or cyclic (CV) voltammetry of a Li | … | blocking-electrode cell: the working electrode's
 * potential vs Li/Li⁺ is swept at a constant rate, and the layer it touches is oxidised once the potential passes the
 * upper end of that layer's stability window. The binding layer finds that layer and its window; everything is
 * checked here, before any computing.
 *
 * @param workingLayer           the material the working electrode touches, for messages and reports
 * @param startPotential         E at the start, V vs Li/Li⁺
 * @param endPotential           E at the turning point (LSV: the end), V vs Li/Li⁺
 * @param scanRate               |dE/dt|, V/s
 * @param cyclic                 whether the sweep returns to {@code startPotential} (CV)
 * @param oxidationLimit         E_ox, the upper end of the working layer's stability window, V vs Li/Li⁺
 * @param exchangeCurrentDensity i₀ of the layer's oxidation at E_ox, A/m²
 * @param transferCoefficient    α of the oxidation (0 to 1)
 * @param temperature            T, K
 * @param areaSpecificResistance ohmic resistance of the stack times its area, Ω·m²
 * @param doubleLayerCapacitance of the working electrode's contact, F/m²; zero for none
 * @param onsetCurrentDensity    the current density whose crossing defines the onset, A/m²
 * @param potentialStep          spacing of the samples, V
 */
public record VoltammetryInput(String workingLayer, double startPotential, double endPotential, double scanRate,
        boolean cyclic, double oxidationLimit, double exchangeCurrentDensity, double transferCoefficient,
        double temperature, double areaSpecificResistance, double doubleLayerCapacitance, double onsetCurrentDensity,
        double potentialStep) {

    /** Most samples one sweep may have, so that a typo in a step cannot allocate gigabytes. */
    static final int MAX_POINTS = 1_000_000;

    /** @throws SimulationException for an impossible sweep; the message says what to change */
    public VoltammetryInput {
        InputChecks.named(workingLayer, "working layer");
        InputChecks.finite(startPotential, "start potential");
        InputChecks.finite(endPotential, "end potential");
        if (endPotential <= startPotential) {
            throw new SimulationException("the sweep goes from " + startPotential + " V to " + endPotential + " V;"
                    + " an oxidative sweep must end above its start");
        }
        InputChecks.positive(scanRate, "scan rate", "V/s");
        InputChecks.finite(oxidationLimit, "oxidation limit of " + workingLayer);
        InputChecks.positive(exchangeCurrentDensity, "oxidation exchange current density of " + workingLayer, "A/m2");
        if (!(transferCoefficient > 0 && transferCoefficient < 1)) {
            throw new SimulationException("transfer coefficient must lie strictly between 0 and 1, got "
                    + transferCoefficient);
        }
        InputChecks.temperature(temperature, "cell temperature");
        InputChecks.nonNegative(areaSpecificResistance, "area-specific resistance", "Ω·m²");
        InputChecks.nonNegative(doubleLayerCapacitance, "double-layer capacitance", "F/m²");
        InputChecks.positive(onsetCurrentDensity, "onset current density", "A/m2");
        InputChecks.positive(potentialStep, "potential step", "V");
        double points = (cyclic ? 2 : 1) * (endPotential - startPotential) / potentialStep;
        if (points > MAX_POINTS) {
            throw new SimulationException("the sweep would have " + (long) points + " points, more than "
                    + MAX_POINTS + "; use a larger potential step");
        }
    }
}
