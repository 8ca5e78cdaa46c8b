package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.util.FastMath;

/**
 * A distribution of relaxation times from {@link DrtAnalysis}.
 *
 * @param timeConstants              the τ grid in s, ascending and log-spaced
 * @param gamma                      γ(τ) ≥ 0 in Ω per unit ln τ, one per grid point
 * @param highFrequencyResistance    R∞ in Ω, the series (ohmic) resistance
 * @param seriesCapacitance          C in F of the capacitive low-frequency tail, infinite if there is none
 * @param lambda                     the regularisation parameter used
 * @param lambdaRule                 how λ was chosen, e.g. {@link DrtAnalysis#DISCREPANCY_RULE}
 * @param fit                        the spectrum reconstructed from R∞ and γ, at the data frequencies
 */
public record DrtResult(double[] timeConstants, double[] gamma, double highFrequencyResistance,
        double seriesCapacitance, double lambda, String lambdaRule, Spectrum fit) {

    /** Peaks below this fraction of the highest peak are regularisation ripple, not processes. */
    public static final double PEAK_THRESHOLD = 0.05;

    /** Defensive copies of the arrays. */
    public DrtResult {
        timeConstants = timeConstants.clone();
        gamma = gamma.clone();
    }

    /** @return a copy of the τ grid in s */
    @Override
    public double[] timeConstants() {
        return timeConstants.clone();
    }

    /** @return a copy of γ in Ω per unit ln τ */
    @Override
    public double[] gamma() {
        return gamma.clone();
    }

    /** @return the polarisation resistance ∫ γ d ln τ in Ω, i.e. Z(0) − R∞ */
    public double polarisationResistance() {
        double sum = 0;
        for (double g : gamma) {
            sum += g;
        }
        return sum * logSpacing();
    }

    /**
     * @return local maxima of γ at least {@value #PEAK_THRESHOLD} of the highest, in ascending τ, each located
     *         by a parabola through the maximum and its neighbours in ln τ, with its resistance: ∫ γ d ln τ from the
     *         minimum (or grid end) on its left to the one on its right, a minimum shared by two peaks counting half
     */
    public List<DrtPeak> peaks() {
        double highest = 0;
        for (double g : gamma) {
            highest = FastMath.max(highest, g);
        }
        List<DrtPeak> peaks = new ArrayList<>();
        for (int k = 0; k < gamma.length; k++) {
            double left = k > 0 ? gamma[k - 1] : 0;
            double right = k < gamma.length - 1 ? gamma[k + 1] : 0;
            if (gamma[k] > 0 && gamma[k] >= PEAK_THRESHOLD * highest && gamma[k] > left && gamma[k] >= right) {
                double curvature = left - 2 * gamma[k] + right;
                double shift = curvature < 0 ? 0.5 * (left - right) / curvature : 0;
                peaks.add(new DrtPeak(timeConstants[k] * FastMath.exp(shift * logSpacing()),
                        gamma[k] - 0.25 * (left - right) * shift, area(k)));
            }
        }
        return List.copyOf(peaks);
    }

    /** ∫ γ d ln τ over the slopes that fall away from the maximum at {@code k}. */
    private double area(int k) {
        int first = k;
        while (first > 0 && gamma[first - 1] <= gamma[first]) {
            first--;
        }
        int last = k;
        while (last < gamma.length - 1 && gamma[last + 1] <= gamma[last]) {
            last++;
        }
        double sum = 0;
        for (int j = first; j <= last; j++) {
            boolean sharedMinimum = (j == first && j > 0) || (j == last && j < gamma.length - 1);
            sum += sharedMinimum ? gamma[j] / 2 : gamma[j];
        }
        return sum * logSpacing();
    }

    private double logSpacing() {
        return FastMath.log(timeConstants[1] / timeConstants[0]);
    }
}
