package org.interphase.analysis;

/**
 * What one cycle passed, as a cycler's per-cycle table lists it.
 *
 * @param cycle       1-based
 * @param chargeAh    charge passed while charging, A h
 * @param dischargeAh charge passed while discharging, A h
 */
public record CycleCapacity(int cycle, double chargeAh, double dischargeAh) {

    /** Coulombic efficiency, discharge / charge; NaN for a cycle without charge. */
    public double efficiency() {
        return chargeAh > 0 ? dischargeAh / chargeAh : Double.NaN;
    }
}
