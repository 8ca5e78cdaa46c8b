package org.interphase.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The C-rates a cycle ran at, per direction: nominal, the mean current over the capacity the protocol's C-rates refer
 * to (the fresh cell's), and effective, the mean current over the capacity the half-cycle actually passed (1 / its
 * duration in hours). A faded or transport-limited cell discharges "at 1C" for less than an hour: its effective rate
 * is higher than the nominal one. The run's {@code -c-rates.csv}, its summary and the Cycling view read these.
 *
 * @param cycle              1-based cycle
 * @param nominalCharge      empty for a cycle without charge
 * @param effectiveCharge    empty for a cycle without charge
 * @param nominalDischarge   empty for a cycle without discharge
 * @param effectiveDischarge empty for a cycle without discharge
 */
public record CRates(int cycle, OptionalDouble nominalCharge, OptionalDouble effectiveCharge,
        OptionalDouble nominalDischarge, OptionalDouble effectiveDischarge) {

    private static final double HOUR = 3600;

    /** What a cycle passed: its 1-based number and its charge and discharge capacities, A h. */
    public record Passed(int cycle, double chargeAh, double dischargeAh) {
    }

    /**
     * Every cycle's, in the order of {@code cycles}.
     *
     * @param time        s
     * @param current     A, positive while charging
     * @param cycleIndex  the 1-based cycle of each sample
     * @param nominalAh   the capacity the protocol's C-rates refer to
     */
    public static List<CRates> of(double[] time, double[] current, int[] cycleIndex, List<Passed> cycles,
            double nominalAh) {
        int last = cycles.stream().mapToInt(Passed::cycle).max().orElse(0);
        // Seconds charging and discharging per cycle: each interval counts for the current at its end.
        double[] charging = new double[last + 1];
        double[] discharging = new double[last + 1];
        for (int i = 1; i < time.length; i++) {
            int cycle = cycleIndex[i];
            double dt = time[i] - time[i - 1];
            if (cycle < 1 || cycle > last) {
                continue;
            }
            if (current[i] > 0) {
                charging[cycle] += dt;
            } else if (current[i] < 0) {
                discharging[cycle] += dt;
            }
        }
        List<CRates> rates = new ArrayList<>();
        for (Passed c : cycles) {
            rates.add(new CRates(c.cycle(), nominal(c.chargeAh(), charging[c.cycle()], nominalAh),
                    effective(c.chargeAh(), charging[c.cycle()]),
                    nominal(c.dischargeAh(), discharging[c.cycle()], nominalAh),
                    effective(c.dischargeAh(), discharging[c.cycle()])));
        }
        return rates;
    }

    private static OptionalDouble nominal(double capacityAh, double seconds, double nominalAh) {
        return capacityAh > 0 && seconds > 0 && nominalAh > 0
                ? OptionalDouble.of(capacityAh / (seconds / HOUR) / nominalAh)
                : OptionalDouble.empty();
    }

    private static OptionalDouble effective(double capacityAh, double seconds) {
        return capacityAh > 0 && seconds > 0 ? OptionalDouble.of(HOUR / seconds) : OptionalDouble.empty();
    }
}
