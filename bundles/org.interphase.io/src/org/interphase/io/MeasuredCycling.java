package org.interphase.io;

import java.nio.file.Path;

/**
 * A measured galvanostatic time series (full-cell cycling or symmetric plating/stripping) in the convention of the
 * simulated ones: s, A positive while charging (for a symmetric cell: while the left electrode is stripped), V, and
 * the net charge passed since the start in A h.
 *
 * @param file     where it came from
 * @param time     s from the start of the file's first point
 * @param current  A, positive while charging
 * @param voltage  V
 * @param capacity net charge since the start, A h, positive when charged
 * @param cycle    1-based cycle of each point
 */
public record MeasuredCycling(Path file, double[] time, double[] current, double[] voltage, double[] capacity,
        int[] cycle) implements MeasuredData {

    public MeasuredCycling {
        MeasuredArrays.check(file, time, current, voltage, capacity);
        if (cycle.length != time.length) {
            throw new IllegalArgumentException("one cycle number per point is needed");
        }
        time = time.clone();
        current = current.clone();
        voltage = voltage.clone();
        capacity = capacity.clone();
        cycle = cycle.clone();
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    @Override
    public double[] current() {
        return current.clone();
    }

    @Override
    public double[] voltage() {
        return voltage.clone();
    }

    @Override
    public double[] capacity() {
        return capacity.clone();
    }

    @Override
    public int[] cycle() {
        return cycle.clone();
    }

    @Override
    public int size() {
        return time.length;
    }
}
