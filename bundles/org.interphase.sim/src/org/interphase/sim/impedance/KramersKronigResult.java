package org.interphase.sim.impedance;

/**
 * Outcome of a {@link LinearKramersKronig} test.
 *
 * @param elementCount        M, the number of RC elements: the first whose μ is at or below the cutoff (or the
 *                            limit), or the one asked for
 * @param mu                  μ = 1 − Σ|negative R| / Σ|positive R| of that fit
 * @param seriesCapacitance   whether the KK model had a series capacitance (capacitive low-frequency tail)
 * @param fit                 the KK-consistent model spectrum at the data frequencies, for overlay plots
 * @param realResiduals       (Z' − Z'_fit)/|Z| per point, in data order
 * @param imaginaryResiduals  (Z'' − Z''_fit)/|Z| per point, in data order
 * @param residualRms         RMS of all 2N relative residuals (an estimate of the relative noise)
 * @param maxResidual         largest absolute relative residual
 * @param threshold           the residual threshold the verdict used
 * @param valid               whether maxResidual ≤ threshold
 */
public record KramersKronigResult(int elementCount, double mu, boolean seriesCapacitance, Spectrum fit, double[] realResiduals,
        double[] imaginaryResiduals, double residualRms, double maxResidual, double threshold, boolean valid) {

    /** Defensive copies of the residual arrays. */
    public KramersKronigResult {
        realResiduals = realResiduals.clone();
        imaginaryResiduals = imaginaryResiduals.clone();
    }

    /** @return a copy of the real residuals */
    @Override
    public double[] realResiduals() {
        return realResiduals.clone();
    }

    /** @return a copy of the imaginary residuals */
    @Override
    public double[] imaginaryResiduals() {
        return imaginaryResiduals.clone();
    }
}
