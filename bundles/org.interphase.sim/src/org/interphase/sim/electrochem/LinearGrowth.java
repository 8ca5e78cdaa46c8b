package org.interphase.sim.electrochem;

import org.interphase.sim.InputChecks;

/**
 * Reaction-limited growth at constant velocity, L = L₀ + vt: for an interphase that transports
 * Li fast enough that the interface reaction, not diffusion, sets the pace.
 *
 * @param velocity v, m/s (positive)
 */
public record LinearGrowth(double velocity) implements InterphaseGrowthLaw {

    public LinearGrowth {
        InputChecks.positive(velocity, "linear growth velocity v", "m/s");
    }

    @Override
    public double advance(double thickness, double duration, double rateFactor) {
        return thickness + rateFactor * velocity * duration;
    }

    @Override
    public String describe() {
        return "linear, L = L0 + vt with v = " + velocity + " m/s";
    }
}
