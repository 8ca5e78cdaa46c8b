package org.interphase.sim.growth;

/**
 * An anneal or bake of a grown film.
 *
 * @param temperature anneal temperature, K
 * @param duration    time at temperature, s (positive)
 */
public record AnnealInput(double temperature, double duration) {

    public AnnealInput {
        Checks.temperature(temperature, "anneal temperature");
        Checks.positive(duration, "anneal duration", "seconds");
    }
}
