package org.interphase.sim.growth;

import java.util.List;

import org.interphase.sim.InputChecks;

/** Thickness profiles over repeated steps. */
final class Profiles {

    private Profiles() {
    }

    /**
     * Thickness after each of {@code steps} steps when each step adds {@code perStep} after a delay
     * of {@code delay} steps in which nothing grows (nucleation): t_k = perStep × max(0, k − delay).
     */
    static double[] linearAfterDelay(double perStep, int steps, int delay, List<GrowthWarning> warnings) {
        if (steps > 0 && delay >= steps) {
            warnings.add(new GrowthWarning(GrowthWarning.Code.NO_GROWTH, "all " + steps + " steps fall within the "
                    + delay + "-step nucleation delay: no film grows; run more than " + delay));
        }
        double[] thickness = new double[steps];
        for (int k = 1; k <= steps; k++) {
            thickness[k - 1] = perStep * Math.max(0, k - delay);
        }
        return thickness;
    }

    /** The last entry, or 0 for an empty profile. */
    static double last(double[] profile) {
        return profile.length == 0 ? 0 : InputChecks.finite(profile[profile.length - 1], "final thickness");
    }
}
