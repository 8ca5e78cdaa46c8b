package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.interphase.model.run.CyclingResult;

/**
 * Splits a cycling time series into charge and discharge half-cycles the way a cycler plots them: the capacity of
 * each half-cycle counted from its own start, so every cycle's charge and discharge curves start at zero and overlay.
 */
public final class HalfCycles {

    /**
     * One charge or discharge of one cycle.
     *
     * @param cycle    the 1-based cycle
     * @param charge   whether the current charges the cell
     * @param capacity charge passed since the start of the half-cycle, A h (never negative)
     * @param voltage  cell voltage, V
     */
    public record HalfCycle(int cycle, boolean charge, double[] capacity, double[] voltage) {
    }

    private HalfCycles() {
    }

    /**
     * The half-cycles of the given cycles, in time order; rest periods (zero current) and non-finite samples are
     * left out.
     */
    public static List<HalfCycle> of(CyclingResult result, java.util.Collection<Integer> cycles) {
        List<HalfCycle> halves = new ArrayList<>();
        int n = Math.min(Math.min(result.getCapacity().size(), result.getVoltage().size()),
                Math.min(result.getCurrent().size(), result.getCycleNumber().size()));
        int i = 0;
        while (i < n) {
            int sign = (int) Math.signum(result.getCurrent().get(i));
            int cycle = result.getCycleNumber().get(i);
            int end = i;
            while (end < n && (int) Math.signum(result.getCurrent().get(end)) == sign
                    && result.getCycleNumber().get(end) == cycle) {
                end++;
            }
            if (sign != 0 && cycles.contains(cycle)) {
                // the sample before the run is where this half-cycle's charge starts counting
                double origin = i > 0 ? result.getCapacity().get(i - 1) : 0;
                double[] capacity = new double[end - i];
                double[] voltage = new double[end - i];
                int k = 0;
                for (int j = i; j < end; j++) {
                    double c = Math.abs(result.getCapacity().get(j) - origin);
                    double v = result.getVoltage().get(j);
                    if (Double.isFinite(c) && Double.isFinite(v)) {
                        capacity[k] = c;
                        voltage[k] = v;
                        k++;
                    }
                }
                halves.add(new HalfCycle(cycle, sign > 0, java.util.Arrays.copyOf(capacity, k),
                        java.util.Arrays.copyOf(voltage, k)));
            }
            i = end;
        }
        return halves;
    }

    /** The cycles shown by default out of {@code count}: the first, the second, up to three between, the last. */
    public static List<Integer> defaultCycles(int count) {
        TreeSet<Integer> chosen = new TreeSet<>();
        if (count <= 0) {
            return List.of();
        }
        chosen.add(1);
        chosen.add(Math.min(2, count));
        for (int k = 1; k <= 3; k++) {
            chosen.add(2 + (int) Math.round((count - 2) * k / 4.0));
        }
        chosen.add(count);
        chosen.removeIf(c -> c < 1 || c > count);
        return List.copyOf(chosen);
    }

    /**
     * The cycles written as "1,2,50,100" or "1-5, 10" among {@code count} cycles.
     *
     * @throws IllegalArgumentException with what to write instead
     */
    public static List<Integer> parse(String text, int count) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                String[] range = part.split("-", 2);
                int from = Integer.parseInt(range[0].trim());
                int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
                if (from < 1 || to > count || from > to) {
                    throw new IllegalArgumentException("cycle " + part + " is not in 1.." + count
                            + "; write cycle numbers like 1,2,50 or a range like 1-5");
                }
                for (int c = from; c <= to; c++) {
                    chosen.add(c);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + part + "\" is not a cycle number; write cycle numbers"
                        + " like 1,2,50 or a range like 1-5", e);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no cycle chosen; write cycle numbers like 1,2,50 (1.." + count + ")");
        }
        return List.copyOf(chosen);
    }
}
