package org.interphase.analysis;

/**
 * A plating/stripping measurement compared with its simulation: voltage against time.
 *
 * @param label        the measurement's label, e.g. "1-plating-stripping"
 * @param measuredPath the measured file as the .iph names it
 * @param voltage      the voltage, V, at the measured times within the simulated run
 */
public record SymmetricComparison(String label, String measuredPath, Deviation voltage) {

    public String summary() {
        return "voltage vs time: " + voltage.describe("mV", 1000, "points");
    }
}
