package org.interphase.sim.cycling;

import java.util.Arrays;

/**
 * The sampled run, one row per solver step, in SI units and the BDF sign convention (positive
 * current charges the cell). Arrays are copies; rows are in time order.
 *
 * @param time        s from the start
 * @param current     A, + while charging
 * @param voltage     V
 * @param capacity    net charge passed since the start, A h (+ when charged)
 * @param cycleIndex  1-based cycle
 * @param stepIndex   1-based step within the cycle
 */
public record TimeSeries(double[] time, double[] current, double[] voltage, double[] capacity, int[] cycleIndex,
        int[] stepIndex) {

    public TimeSeries {
        time = time.clone();
        current = current.clone();
        voltage = voltage.clone();
        capacity = capacity.clone();
        cycleIndex = cycleIndex.clone();
        stepIndex = stepIndex.clone();
    }

    public int size() {
        return time.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries t && Arrays.equals(time, t.time) && Arrays.equals(current, t.current)
                && Arrays.equals(voltage, t.voltage) && Arrays.equals(capacity, t.capacity)
                && Arrays.equals(cycleIndex, t.cycleIndex) && Arrays.equals(stepIndex, t.stepIndex);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(time) * 31 + Arrays.hashCode(voltage);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + size() + " rows]";
    }
}
