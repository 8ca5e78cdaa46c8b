package org.interphase.analysis;

import java.util.Locale;

/**
 * How far a simulated curve lies from a measured one at the points both cover: the root-mean-square and the largest
 * difference, and the mean difference (simulated − measured, positive when the simulation is high).
 *
 * @param points       how many measured points were compared (0 when the curves do not overlap)
 * @param rms          root-mean-square of simulated − measured
 * @param maxAbs       largest |simulated − measured|
 * @param bias         mean of simulated − measured
 * @param measuredMean mean of |measured| at those points, the scale the relative deviation refers to
 */
public record Deviation(int points, double rms, double maxAbs, double bias, double measuredMean) {

    /** No overlap: nothing was compared. */
    public static final Deviation NONE = new Deviation(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The deviation of paired values; pairs with a non-finite value are left out. */
    public static Deviation between(double[] simulated, double[] measured) {
        int n = 0;
        double squares = 0;
        double max = 0;
        double sum = 0;
        double scale = 0;
        for (int i = 0; i < Math.min(simulated.length, measured.length); i++) {
            double d = simulated[i] - measured[i];
            if (Double.isFinite(d)) {
                n++;
                squares += d * d;
                max = Math.max(max, Math.abs(d));
                sum += d;
                scale += Math.abs(measured[i]);
            }
        }
        return n == 0 ? NONE : new Deviation(n, Math.sqrt(squares / n), max, sum / n, scale / n);
    }

    /** RMS relative to the mean measured magnitude; NaN without points or with a zero mean. */
    public double relativeRms() {
        return points > 0 && measuredMean > 0 ? rms / measuredMean : Double.NaN;
    }

    /**
     * E.g. "RMS 0.120 mAh (4.1 %), max 0.200 mAh, mean +0.100 mAh (simulated − measured) over 10 cycles".
     *
     * @param unit  the unit shown
     * @param scale factor from the values' unit to the unit shown
     * @param what  what a point is, plural ("cycles", "points")
     */
    public String describe(String unit, double scale, String what) {
        if (points == 0) {
            return "no " + what + " in common";
        }
        double relative = relativeRms();
        return String.format(Locale.ROOT, "RMS %.3g %s%s, max %.3g %s, mean %+.3g %s (simulated − measured) over %d %s",
                rms * scale, unit, Double.isFinite(relative) ? String.format(Locale.ROOT, " (%.1f %%)", 100 * relative)
                        : "", maxAbs * scale, unit, bias * scale, unit, points, what);
    }
}
