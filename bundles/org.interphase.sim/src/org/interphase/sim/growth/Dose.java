package org.interphase.sim.growth;

import org.interphase.sim.InputChecks;

/**
 * How one half-reaction is dosed: the reactant's partial pressure during the pulse, the pulse
 * length, and the inert-gas purge after it. The exposure is Φ = partial pressure × pulse time.
 *
 * @param partialPressure reactant partial pressure during the pulse, Pa (positive)
 * @param pulseTime       pulse length, s (positive)
 * @param purgeTime       purge length after the pulse, s (zero or more)
 */
public record Dose(double partialPressure, double pulseTime, double purgeTime) {

    public Dose {
        InputChecks.positive(partialPressure, "partial pressure", "pascals");
        InputChecks.positive(pulseTime, "pulse time", "seconds");
        InputChecks.nonNegative(purgeTime, "purge time", "seconds");
    }

    /** Φ = p·t in Pa·s. */
    public double exposure() {
        return partialPressure * pulseTime;
    }
}
