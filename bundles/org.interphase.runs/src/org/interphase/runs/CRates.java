package org.interphase.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.interphase.sim.cycling.CycleSummary;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.cycling.TimeSeries;

/**
 * The C-rates a cycle ran at, per direction: nominal, the mean current over the capacity the protocol's C-rates refer
 * to (the fresh cell's), and effective, the mean current over the capacity the half-cycle actually passed (1 / its
 * duration in hours). A faded or transport-limited cell discharges "at 1C" for less than an hour: its effective rate
 * is higher than the nominal one.
 *
 * @param cycle              1-based cycle
 * @param nominalCharge      empty for a cycle without charge
 * @param effectiveCharge    empty for a cycle without charge
 * @param nominalDischarge   empty for a cycle without discharge
 * @param effectiveDischarge empty for a cycle without discharge
 */
record CRates(int cycle, OptionalDouble nominalCharge, OptionalDouble effectiveCharge, OptionalDouble nominalDischarge,
        OptionalDouble effectiveDischarge) {

    private static final double HOUR = 3600;

    /** Every cycle's, in order. */
    static List<CRates> of(CyclingResult result) {
        TimeSeries series = result.series();
        int cycles = result.cycles().size();
        // Seconds charging and discharging per cycle: each interval counts for the current at its end.
        double[] charging = new double[cycles + 1];
        double[] discharging = new double[cycles + 1];
        for (int i = 1; i < series.time().length; i++) {
            int cycle = series.cycleIndex()[i];
            double dt = series.time()[i] - series.time()[i - 1];
            if (cycle < 1 || cycle > cycles) {
                continue;
            }
            if (series.current()[i] > 0) {
                charging[cycle] += dt;
            } else if (series.current()[i] < 0) {
                discharging[cycle] += dt;
            }
        }
        List<CRates> rates = new ArrayList<>();
        for (CycleSummary c : result.cycles()) {
            rates.add(new CRates(c.cycle(), nominal(c.chargeCapacityAh(), charging[c.cycle()], result),
                    effective(c.chargeCapacityAh(), charging[c.cycle()]),
                    nominal(c.dischargeCapacityAh(), discharging[c.cycle()], result),
                    effective(c.dischargeCapacityAh(), discharging[c.cycle()])));
        }
        return rates;
    }

    private static OptionalDouble nominal(double capacityAh, double seconds, CyclingResult result) {
        return capacityAh > 0 && seconds > 0 && result.nominalCapacityAh() > 0
                ? OptionalDouble.of(capacityAh / (seconds / HOUR) / result.nominalCapacityAh())
                : OptionalDouble.empty();
    }

    private static OptionalDouble effective(double capacityAh, double seconds) {
        return capacityAh > 0 && seconds > 0 ? OptionalDouble.of(HOUR / seconds) : OptionalDouble.empty();
    }
}
