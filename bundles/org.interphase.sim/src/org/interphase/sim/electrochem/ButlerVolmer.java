package org.interphase.sim.electrochem;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.util.FastMath;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * Butler–Volmer kinetics of one electrode/electrolyte interface:
 * i = i₀ [exp(α_a F η / RT) − exp(−α_c F η / RT)].
 * <p>
 * Sign convention: positive current density and positive overpotential are anodic (Li → Li⁺,
 * stripping); negative ones are cathodic (plating). All values in SI: i and i₀ in A/m², η in V,
 * T in K. The form is the textbook one ([external], e.g. Bard &amp; Faulkner, Electrochemical
 * Methods, 2nd ed., eq. 3.4.11); the architecture's charge-transfer resistance RT/(F i₀ A) is its
 * small-signal limit for α_a + α_c = 1.
 *
 * @param exchangeCurrentDensity     i₀, A/m² (positive)
 * @param anodicTransferCoefficient  α_a, in (0, 1]
 * @param cathodicTransferCoefficient α_c, in (0, 1]
 */
public record ButlerVolmer(double exchangeCurrentDensity, double anodicTransferCoefficient,
        double cathodicTransferCoefficient) {

    /** Solver tolerance on the dimensionless overpotential Fη/RT, relative to the bracket. */
    private static final double RELATIVE_ACCURACY = 1e-14;
    /** Brent converges superlinearly; this is a generous ceiling, never reached for a valid bracket. */
    private static final int MAX_EVALUATIONS = 500;
    /** What to do about a transfer coefficient outside (0, 1]: ½ is the symmetric barrier. */
    private static final String UNKNOWN_ALPHA = "use 0.5 when nothing better is known";

    public ButlerVolmer {
        InputChecks.positive(exchangeCurrentDensity, "exchange current density i0", "A/m2");
        InputChecks.positiveUpToOne(anodicTransferCoefficient, "anodic transfer coefficient", UNKNOWN_ALPHA);
        InputChecks.positiveUpToOne(cathodicTransferCoefficient, "cathodic transfer coefficient", UNKNOWN_ALPHA);
    }

    /**
     * The common case α_a = α_c = ½, for which the overpotential has the closed form
     * η = (2RT/F) asinh(i / 2i₀).
     *
     * @param exchangeCurrentDensity i₀, A/m²
     * @return symmetric kinetics
     */
    public static ButlerVolmer symmetric(double exchangeCurrentDensity) {
        return new ButlerVolmer(exchangeCurrentDensity, 0.5, 0.5);
    }

    /**
     * @param overpotential η, V (positive = anodic)
     * @param temperatureK  T, K
     * @return the current density i, A/m², that this overpotential drives
     */
    public double currentDensity(double overpotential, double temperatureK) {
        double x = overpotential / ElectrochemConstants.thermalVoltage(temperatureK);
        return exchangeCurrentDensity * excess(x);
    }

    /**
     * Inverts the Butler–Volmer equation: the overpotential needed to pass a given current density.
     *
     * @param currentDensity i, A/m² (positive = anodic)
     * @param temperatureK   T, K
     * @return η, V, with the sign of i
     */
    public double overpotential(double currentDensity, double temperatureK) {
        if (!Double.isFinite(currentDensity)) {
            throw new SimulationException("current density must be finite (A/m2), got " + currentDensity);
        }
        double thermal = ElectrochemConstants.thermalVoltage(temperatureK);
        if (currentDensity == 0) {
            return 0;
        }
        double ratio = currentDensity / exchangeCurrentDensity;
        if (anodicTransferCoefficient == cathodicTransferCoefficient) {
            return thermal * FastMath.asinh(ratio / 2) / anodicTransferCoefficient;
        }
        // i(η) is strictly increasing, so η lies between 0 and the root of the dominant branch alone:
        // for i > 0, exp(α_a x) − 1 ≤ i/i₀ bounds x by log1p(i/i₀)/α_a (mirror for i < 0).
        double bound = ratio > 0
                ? FastMath.log1p(ratio) / anodicTransferCoefficient
                : -FastMath.log1p(-ratio) / cathodicTransferCoefficient;
        double lo = FastMath.min(0, bound);
        double hi = FastMath.max(0, bound);
        BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, RELATIVE_ACCURACY * (hi - lo));
        double x = solver.solve(MAX_EVALUATIONS, y -> excess(y) - ratio, lo, hi);
        return thermal * x;
    }

    /**
     * Area-specific charge-transfer resistance dη/di at equilibrium, RT / ((α_a + α_c) F i₀), Ω m²;
     * equal to RT/(F i₀) when α_a + α_c = 1.
     *
     * @param temperatureK T, K
     * @return the small-signal resistance times area, Ω m²
     */
    public double chargeTransferAreaResistance(double temperatureK) {
        return ElectrochemConstants.thermalVoltage(temperatureK)
                / ((anodicTransferCoefficient + cathodicTransferCoefficient) * exchangeCurrentDensity);
    }

    /** i/i₀ as a function of the dimensionless overpotential x = Fη/RT. */
    private double excess(double x) {
        return FastMath.exp(anodicTransferCoefficient * x) - FastMath.exp(-cathodicTransferCoefficient * x);
    }
}
