package org.interphase.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * What a cycler plots of a galvanostatic series, simulated or measured alike: the charge and discharge half-cycles
 * (each counted from zero capacity, so that cycles overlay) and the capacities of each cycle.
 */
public final class CyclingCurves {

    private CyclingCurves() {
    }

    /**
     * The half-cycles of the given cycles, in time order; rest periods (zero current) and non-finite samples are left
     * out.
     */
    public static List<HalfCycle> halfCycles(GalvanostaticSeries series, Collection<Integer> cycles) {
        double[] current = series.current();
        double[] charge = series.capacity();
        double[] volts = series.voltage();
        int[] number = series.cycle();
        List<HalfCycle> halves = new ArrayList<>();
        int n = series.size();
        int i = 0;
        while (i < n) {
            int sign = (int) Math.signum(current[i]);
            int cycle = number[i];
            int end = i;
            while (end < n && (int) Math.signum(current[end]) == sign && number[end] == cycle) {
                end++;
            }
            if (sign != 0 && cycles.contains(cycle)) {
                // the sample before the run is where this half-cycle's charge starts counting
                double origin = i > 0 ? charge[i - 1] : 0;
                double[] capacity = new double[end - i];
                double[] voltage = new double[end - i];
                int k = 0;
                for (int j = i; j < end; j++) {
                    double c = Math.abs(charge[j] - origin);
                    if (Double.isFinite(c) && Double.isFinite(volts[j])) {
                        capacity[k] = c;
                        voltage[k] = volts[j];
                        k++;
                    }
                }
                halves.add(new HalfCycle(cycle, sign > 0, Arrays.copyOf(capacity, k), Arrays.copyOf(voltage, k)));
            }
            i = end;
        }
        return halves;
    }

    /**
     * The charge and discharge capacity of every cycle, in cycle order: the net charge passed between consecutive
     * points counts for the cycle and the direction of the later point's current.
     */
    public static List<CycleCapacity> perCycle(GalvanostaticSeries series) {
        double[] current = series.current();
        double[] charge = series.capacity();
        int[] number = series.cycle();
        TreeMap<Integer, double[]> sums = new TreeMap<>();
        for (int i = 0; i < series.size(); i++) {
            double[] sum = sums.computeIfAbsent(number[i], c -> new double[2]);
            double passed = i > 0 ? Math.abs(charge[i] - charge[i - 1]) : 0;
            if (current[i] > 0 && Double.isFinite(passed)) {
                sum[0] += passed;
            } else if (current[i] < 0 && Double.isFinite(passed)) {
                sum[1] += passed;
            }
        }
        List<CycleCapacity> cycles = new ArrayList<>();
        sums.forEach((cycle, sum) -> cycles.add(new CycleCapacity(cycle, sum[0], sum[1])));
        return cycles;
    }

    /**
     * {@code y} of the curve {@code (x, y)} at {@code at}, linearly interpolated; NaN outside the curve's range. The
     * curve's x must not decrease (time, or a half-cycle's capacity); at a repeated x the later point wins.
     */
    static double interpolate(double[] x, double[] y, double at) {
        int n = Math.min(x.length, y.length);
        if (n == 0 || !(at >= x[0] && at <= x[n - 1])) {
            return Double.NaN;
        }
        int low = 0;
        int high = n - 1;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (x[middle] <= at) {
                low = middle;
            } else {
                high = middle;
            }
        }
        if (x[high] <= at) {
            return y[high];
        }
        double span = x[high] - x[low];
        return span > 0 ? y[low] + (y[high] - y[low]) * (at - x[low]) / span : y[low];
    }
}
