package org.interphase.sim.voltammetry;

import java.util.OptionalDouble;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.util.FastMath;
import org.interphase.sim.electrochem.ElectrochemConstants;

/**
 * Linear sweep and cyclic voltammetry of the oxidative stability of the layer a blocking working electrode touches.
 * <p>
 * Beyond the upper end E_ox of its stability window the layer is oxidised with Butler–Volmer kinetics
 * (facts.md §d12: LSV reads the window as the onset of oxidation current),
 * <pre>
 *   i_F(η) = i₀·[exp(α f η) − exp(−(1−α) f η)]  for η = E − i·R·A − E_ox &gt; 0,  0 below,   f = F/RT,
 * </pre>
 * with no back reaction below E_ox (nothing oxidised is there to be reduced), the ohmic drop of the stack's area
 * resistance R·A on the total current, and the double layer of the working electrode charging at
 * i_C = C_dl·dE/dt. The total current i = i_F + i_C is found at every sample by root finding, since the ohmic
 * drop depends on it. The onset potential is where the forward sweep's current first reaches the stated onset
 * current density, located by root finding between samples, so it does not depend on the sampling step.
 */
public final class Voltammetry {

    private static final double CURRENT_ACCURACY = 1e-15;
    private static final double POTENTIAL_ACCURACY = 1e-7;
    private static final int MAX_EVALUATIONS = 400;

    private Voltammetry() {
    }

    /** Runs the sweep of {@code input}. */
    public static VoltammetryResult run(VoltammetryInput input) {
        double span = input.endPotential() - input.startPotential();
        int forward = (int) Math.ceil(span / input.potentialStep() - 1e-9);
        int count = input.cyclic() ? 2 * forward + 1 : forward + 1;
        double[] time = new double[count];
        double[] potential = new double[count];
        double[] current = new double[count];
        double step = span / forward;
        for (int k = 0; k < count; k++) {
            boolean back = k > forward;
            potential[k] = back ? input.endPotential() - (k - forward) * step : input.startPotential() + k * step;
            time[k] = k * step / input.scanRate();
            current[k] = current(input, potential[k], back ? -1 : 1);
        }
        return new VoltammetryResult(input, time, potential, current, onset(input, potential, current, forward));
    }

    /**
     * The total current density at potential {@code e} swept in {@code direction} (+1 up, −1 down), A/m².
     */
    static double current(VoltammetryInput input, double e, int direction) {
        double capacitive = direction * input.doubleLayerCapacitance() * input.scanRate();
        double resistance = input.areaSpecificResistance();
        double drive = e - input.oxidationLimit() - capacitive * resistance;
        if (drive <= 0) {
            return capacitive;
        }
        if (resistance == 0) {
            return capacitive + faradaic(input, drive);
        }
        // g(i) = i − i_C − i_F(E − i·RA − E_ox) rises with i; it is ≤ 0 at i_C and ≥ 0 where the ohmic drop takes
        // the whole overpotential.
        double upper = capacitive + drive / resistance;
        return new BrentSolver(CURRENT_ACCURACY * Math.max(1, Math.abs(upper)), CURRENT_ACCURACY).solve(
                MAX_EVALUATIONS, i -> i - capacitive - faradaic(input, e - i * resistance - input.oxidationLimit()),
                capacitive, upper);
    }

    private static double faradaic(VoltammetryInput input, double overpotential) {
        if (overpotential <= 0) {
            return 0;
        }
        double f = 1 / ElectrochemConstants.thermalVoltage(input.temperature());
        double alpha = input.transferCoefficient();
        return input.exchangeCurrentDensity()
                * (FastMath.exp(alpha * f * overpotential) - FastMath.exp(-(1 - alpha) * f * overpotential));
    }

    private static OptionalDouble onset(VoltammetryInput input, double[] potential, double[] current, int forward) {
        double threshold = input.onsetCurrentDensity();
        for (int k = 1; k <= forward; k++) {
            if (current[k] >= threshold) {
                if (current[k - 1] >= threshold) {
                    return OptionalDouble.of(potential[k - 1]);
                }
                return OptionalDouble.of(new BrentSolver(POTENTIAL_ACCURACY).solve(MAX_EVALUATIONS,
                        e -> current(input, e, 1) - threshold, potential[k - 1], potential[k]));
            }
        }
        return OptionalDouble.empty();
    }
}
