package org.interphase.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One half-cycle of galvanostatic plating/stripping: a run of samples with one sign of current, as papers tabulate
 * them. The run's {@code -half-cycles.csv} and the Symmetric Cell view both read these, so they show the same numbers.
 *
 * @param number        1-based, rests (zero current) not counted
 * @param start         time of its first sample, s
 * @param end           time of its last sample, s
 * @param current       |I| at its last sample, A
 * @param overpotential the largest |V| in it, V
 * @param charge        ∫|I|dt over it, C; the interval that leads to its first sample carries that sample's current
 */
public record PlatingHalfCycle(int number, double start, double end, double current, double overpotential,
        double charge) {

    /** The half-cycles of a time series (s, A, V of equal length), in time order. */
    public static List<PlatingHalfCycle> of(double[] time, double[] current, double[] voltage) {
        List<PlatingHalfCycle> halves = new ArrayList<>();
        int start = 0;
        while (start < time.length) {
            double sign = Math.signum(current[start]);
            int end = start;
            double charge = start > 0 ? Math.abs(current[start]) * (time[start] - time[start - 1]) : 0;
            double overpotential = Math.abs(voltage[start]);
            while (end + 1 < time.length && Math.signum(current[end + 1]) == sign) {
                end++;
                charge += Math.abs(current[end]) * (time[end] - time[end - 1]);
                overpotential = Math.max(overpotential, Math.abs(voltage[end]));
            }
            if (sign != 0) {
                halves.add(new PlatingHalfCycle(halves.size() + 1, time[start], time[end], Math.abs(current[end]),
                        overpotential, charge));
            }
            start = end + 1;
        }
        return halves;
    }
}
