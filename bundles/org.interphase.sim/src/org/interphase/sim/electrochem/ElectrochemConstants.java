package org.interphase.sim.electrochem;

import org.interphase.sim.InputChecks;


/**
 * Physical constants used by the electrochemistry engines, in SI units.
 * <p>
 * [external] Exact values of the 2019 SI redefinition (CODATA): not from the project's source
 * papers (facts.md §a9 lists the Faraday constant as general knowledge).
 */
public final class ElectrochemConstants {

    /** Faraday constant F = N_A·e, C/mol. */
    public static final double FARADAY = 96_485.33212;
    /** Molar gas constant R = N_A·k_B, J/(mol K). */
    public static final double GAS_CONSTANT = 8.314462618;

    private ElectrochemConstants() {
    }

    /**
     * RT/F, the voltage scale of every Butler–Volmer and charge-transfer expression.
     *
     * @param temperatureK absolute temperature, K (must be positive)
     * @return RT/F in V (25.69 mV at 298.15 K)
     */
    public static double thermalVoltage(double temperatureK) {
        InputChecks.temperature(temperatureK, "temperature");
        return GAS_CONSTANT * temperatureK / FARADAY;
    }
}
