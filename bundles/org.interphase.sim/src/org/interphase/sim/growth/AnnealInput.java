package org.interphase.sim.growth;

import org.interphase.sim.InputChecks;

/**
 * An anneal or bake of a grown film.
 *
 * @param temperature anneal temperature, K
 * @param duration    time at temperature, s (positive)
 */
public record AnnealInput(double temperature, double duration) {

    public AnnealInput {
        InputChecks.temperature(temperature, "anneal temperature");
        InputChecks.positive(duration, "anneal duration", "seconds");
    }
}
