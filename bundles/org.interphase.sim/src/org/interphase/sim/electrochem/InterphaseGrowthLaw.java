package org.interphase.sim.electrochem;

/**
 * How an interphase between Li and an electrolyte it reduces thickens with time. Implementations
 * are the extension point for growth kinetics: the built-in {@link ParabolicGrowth} and
 * {@link LinearGrowth}; plug-ins add others (e.g. logarithmic or charge-driven laws).
 * <p>
 * The engine advances the thickness step by step from the current state, so a law must be
 * Markovian (the new thickness depends only on the present one, the step length and the rate
 * factor) and exact over any step length: the engine integrates it analytically rather than
 * numerically, which is what keeps hundreds of hours cheap and the result independent of the
 * sampling interval.
 */
public interface InterphaseGrowthLaw {

    /**
     * @param thickness  interphase thickness now, m (zero or more)
     * @param duration   time to grow, s (zero or more)
     * @param rateFactor multiplier on the rate, 0 to 1: 1 for bare contact with Li, less when a
     *                   coating limits the supply of electrons
     * @return the thickness after {@code duration}, m, never less than {@code thickness}
     */
    double advance(double thickness, double duration, double rateFactor);

    /** @return a one-line description with the rate constant and its unit, for reports */
    String describe();
}
