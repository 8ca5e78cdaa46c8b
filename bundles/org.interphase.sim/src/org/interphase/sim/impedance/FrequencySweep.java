package org.interphase.sim.impedance;

import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * Logarithmic frequency sweeps, ordered from high to low frequency as impedance analysers measure them.
 */
public final class FrequencySweep {

    /**
     * The densest sweep computed: instruments measure 5 to 100 points per decade, and 10⁶ per decade once ran
     * past 6 GB of memory.
     */
    public static final int MAX_POINTS_PER_DECADE = 1000;

    private FrequencySweep() {
    }

    /**
     * @param fMaxHz          first (highest) frequency in Hz
     * @param fMinHz          last (lowest) frequency in Hz
     * @param pointsPerDecade points per decade, ≥ 1; the decade count is rounded to a whole number of steps
     *                        so that both end points are included
     * @return the frequencies in Hz, from fMax down to fMin
     * @throws SimulationException for non-positive, non-finite or inverted limits or too few points
     */
    public static double[] logarithmic(double fMaxHz, double fMinHz, int pointsPerDecade) {
        checkLimits(fMaxHz, fMinHz);
        if (pointsPerDecade < 1 || pointsPerDecade > MAX_POINTS_PER_DECADE) {
            throw new SimulationException("points per decade must be from 1 to " + MAX_POINTS_PER_DECADE + ", got "
                    + pointsPerDecade);
        }
        double decades = FastMath.log10(fMaxHz / fMinHz);
        return logSpaced(fMaxHz, fMinHz, (int) FastMath.max(2, FastMath.round(decades * pointsPerDecade) + 1));
    }

    /**
     * @param fMaxHz first (highest) frequency in Hz
     * @param fMinHz last (lowest) frequency in Hz
     * @param count  number of points including both ends, ≥ 2
     * @return the frequencies in Hz, from fMax down to fMin, evenly spaced in log f
     * @throws SimulationException for non-positive, non-finite or inverted limits or fewer than 2 points
     */
    public static double[] logarithmicPoints(double fMaxHz, double fMinHz, int count) {
        checkLimits(fMaxHz, fMinHz);
        if (count < 2) {
            throw new SimulationException("a sweep needs at least 2 points, got " + count);
        }
        return logSpaced(fMaxHz, fMinHz, count);
    }

    /**
     * @return {@code count} ≥ 2 values from {@code first} to {@code last} (both positive, either order),
     *         evenly spaced in logarithm, with both end points exact; also used for relaxation-time grids
     */
    static double[] logSpaced(double first, double last, int count) {
        double[] values = new double[count];
        double logRatio = FastMath.log(last / first);
        for (int i = 0; i < count - 1; i++) {
            values[i] = first * FastMath.exp(logRatio * i / (count - 1));
        }
        values[count - 1] = last;
        return values;
    }

    private static void checkLimits(double fMaxHz, double fMinHz) {
        if (!(fMinHz > 0) || !(fMaxHz > fMinHz) || Double.isInfinite(fMaxHz)) {
            throw new SimulationException("a sweep needs finite frequencies with fMax > fMin > 0 Hz, got fMax = "
                    + hertz(fMaxHz) + ", fMin = " + hertz(fMinHz));
        }
    }

    /** A frequency for a message; NaN and infinity would read as nonsense there. */
    private static String hertz(double value) {
        return Double.isFinite(value) ? value + " Hz" : "no finite number";
    }
}
