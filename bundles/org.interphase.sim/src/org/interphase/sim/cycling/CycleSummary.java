package org.interphase.sim.cycling;

import java.util.OptionalDouble;

/**
 * What one cycle did, as cycler software summarises it (cellpy, BEEP; anchors.md §4.2).
 *
 * @param cycle                  1-based cycle index
 * @param chargeCapacityAh       charge passed while charging, A h
 * @param dischargeCapacityAh    charge passed while discharging, A h
 * @param chargeEnergyWh         energy put in, W h
 * @param dischargeEnergyWh      energy taken out, W h
 * @param coulombicEfficiency    discharge / charge capacity; empty for a cycle without charge
 * @param meanChargeVoltage      charge energy / charge capacity, V; empty without charge
 * @param meanDischargeVoltage   discharge energy / discharge capacity, V; empty without discharge
 * @param resistance             DC resistance at the end of the cycle (ohmic + charge transfer), Ω
 * @param sideReactionChargeAh   charge bound in cathode side reactions during the cycle, A h
 * @param activeFraction         share of the cathode still in contact at the end of the cycle
 * @param lithiumInventoryAh     Li left in the anode at the end of the cycle, A h
 */
public record CycleSummary(int cycle, double chargeCapacityAh, double dischargeCapacityAh, double chargeEnergyWh,
        double dischargeEnergyWh, OptionalDouble coulombicEfficiency, OptionalDouble meanChargeVoltage,
        OptionalDouble meanDischargeVoltage, double resistance, double sideReactionChargeAh, double activeFraction,
        double lithiumInventoryAh) {
}
