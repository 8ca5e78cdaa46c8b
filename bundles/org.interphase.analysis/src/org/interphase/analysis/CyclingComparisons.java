package org.interphase.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares simulated galvanostatic curves with measured ones, the same way for the command line, the IDE and tests:
 * each simulated curve is interpolated at the measured points it covers.
 */
public final class CyclingComparisons {

    private CyclingComparisons() {
    }

    /** Discharge capacity per cycle, and discharge voltage against capacity, over the cycles both series have. */
    public static CyclingComparison cycling(String label, String measuredPath, GalvanostaticSeries simulated,
            GalvanostaticSeries measured) {
        Map<Integer, CycleCapacity> simulatedCycles = byCycle(CyclingCurves.perCycle(simulated));
        List<CycleCapacity> measuredCycles = CyclingCurves.perCycle(measured);
        List<Integer> common = new ArrayList<>();
        List<double[]> capacities = new ArrayList<>();
        for (CycleCapacity m : measuredCycles) {
            CycleCapacity s = simulatedCycles.get(m.cycle());
            if (s != null && m.dischargeAh() > 0 && s.dischargeAh() > 0) {
                common.add(m.cycle());
                capacities.add(new double[] {s.dischargeAh(), m.dischargeAh()});
            }
        }
        Map<Integer, HalfCycle> simulatedDischarges = firstDischarges(CyclingCurves.halfCycles(simulated, common));
        List<double[]> voltages = new ArrayList<>();
        for (HalfCycle m : firstDischarges(CyclingCurves.halfCycles(measured, common)).values()) {
            HalfCycle s = simulatedDischarges.get(m.cycle());
            for (int i = 0; s != null && i < m.capacity().length; i++) {
                voltages.add(new double[] {CyclingCurves.interpolate(s.capacity(), s.voltage(), m.capacity()[i]),
                        m.voltage()[i]});
            }
        }
        return new CyclingComparison(label, measuredPath, simulated, measured, deviation(capacities),
                deviation(voltages));
    }

    /**
     * Voltage against time of a symmetric cell: the simulated voltage at each measured time within the simulated run.
     *
     * @param time    simulated times, s, non-decreasing
     * @param voltage simulated voltages, V
     */
    public static SymmetricComparison symmetric(String label, String measuredPath, double[] time, double[] voltage,
            GalvanostaticSeries measured) {
        double[] measuredTime = measured.time();
        double[] measuredVoltage = measured.voltage();
        double[] simulated = new double[measuredTime.length];
        for (int i = 0; i < simulated.length; i++) {
            simulated[i] = CyclingCurves.interpolate(time, voltage, measuredTime[i]);
        }
        return new SymmetricComparison(label, measuredPath, Deviation.between(simulated, measuredVoltage));
    }

    private static Map<Integer, CycleCapacity> byCycle(List<CycleCapacity> cycles) {
        return cycles.stream().collect(Collectors.toMap(CycleCapacity::cycle, c -> c));
    }

    /** The first discharge of each cycle (a cycle may discharge twice around a rest; the first is compared). */
    private static Map<Integer, HalfCycle> firstDischarges(List<HalfCycle> halves) {
        Map<Integer, HalfCycle> first = new TreeMap<>();
        for (HalfCycle half : halves) {
            if (!half.charge()) {
                first.putIfAbsent(half.cycle(), half);
            }
        }
        return first;
    }

    private static Deviation deviation(List<double[]> pairs) {
        double[] simulated = new double[pairs.size()];
        double[] measured = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            simulated[i] = pairs.get(i)[0];
            measured[i] = pairs.get(i)[1];
        }
        return Deviation.between(simulated, measured);
    }
}
