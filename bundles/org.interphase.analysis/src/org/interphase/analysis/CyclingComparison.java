package org.interphase.analysis;

import java.util.List;

/**
 * A cycling measurement compared with its simulation: both series, their capacities per cycle and the deviations.
 *
 * @param label             the measurement's label, e.g. "2-cycling"
 * @param measuredPath      the measured file as the .iph names it
 * @param simulated         the simulated series
 * @param measured          the measured series
 * @param dischargeCapacity discharge capacity, A h, over the cycles both have
 * @param dischargeVoltage  discharge voltage, V, against the capacity of the same cycle, over the cycles both have,
 *                          at the measured points within the simulated capacity range
 */
public record CyclingComparison(String label, String measuredPath, GalvanostaticSeries simulated,
        GalvanostaticSeries measured, Deviation dischargeCapacity, Deviation dischargeVoltage) {

    public List<CycleCapacity> simulatedCycles() {
        return CyclingCurves.perCycle(simulated);
    }

    public List<CycleCapacity> measuredCycles() {
        return CyclingCurves.perCycle(measured);
    }

    /** One line per deviation, for a report or a status line. */
    public String summary() {
        return "discharge capacity vs cycle: " + dischargeCapacity.describe("mAh", 1000, "cycles")
                + "; discharge voltage vs capacity: " + dischargeVoltage.describe("mV", 1000, "points");
    }
}
