package org.interphase.ui.views;

import java.util.List;
import java.util.TreeSet;

import org.interphase.analysis.CyclingCurves;
import org.interphase.analysis.GalvanostaticSeries;
import org.interphase.analysis.HalfCycle;
import org.interphase.model.run.CyclingResult;

/**
 * The cycles a cycling view plots: the default choice, the user's typed choice, and the half-cycles of a run (each
 * counted from zero capacity, so every cycle's charge and discharge curves start at zero and overlay).
 */
public final class HalfCycles {

    private HalfCycles() {
    }

    /**
     * The half-cycles of the given cycles, in time order; rest periods (zero current) and non-finite samples are
     * left out.
     */
    public static List<HalfCycle> of(CyclingResult result, java.util.Collection<Integer> cycles) {
        return CyclingCurves.halfCycles(series(result), cycles);
    }

    /** A run's time series as the comparisons read it. */
    public static GalvanostaticSeries series(CyclingResult result) {
        int n = Math.min(Math.min(result.getCapacity().size(), result.getVoltage().size()),
                Math.min(Math.min(result.getCurrent().size(), result.getCycleNumber().size()),
                        result.getTime().size()));
        double[] time = new double[n];
        double[] current = new double[n];
        double[] voltage = new double[n];
        double[] capacity = new double[n];
        int[] cycle = new int[n];
        for (int i = 0; i < n; i++) {
            time[i] = result.getTime().get(i);
            current[i] = result.getCurrent().get(i);
            voltage[i] = result.getVoltage().get(i);
            capacity[i] = result.getCapacity().get(i);
            cycle[i] = result.getCycleNumber().get(i);
        }
        return new GalvanostaticSeries(time, current, voltage, capacity, cycle);
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
