package org.interphase.analysis;

import org.interphase.io.MeasuredCycling;
import org.interphase.sim.cycling.TimeSeries;

/**
 * A galvanostatic time series, simulated or measured, in the convention both use: s, A (positive while charging), V,
 * the net charge since the start in A h (positive when charged) and the 1-based cycle of each point. The one shape the
 * cycling comparisons and the Cycling view read, whatever produced the curve. The arrays are copied when the series is
 * made and not on access, as in the engines' {@link TimeSeries}: readers must not change them.
 */
public record GalvanostaticSeries(double[] time, double[] current, double[] voltage, double[] capacity, int[] cycle) {

    public GalvanostaticSeries {
        int n = time.length;
        if (current.length != n || voltage.length != n || capacity.length != n || cycle.length != n) {
            throw new IllegalArgumentException("every series needs one value per time point");
        }
        time = time.clone();
        current = current.clone();
        voltage = voltage.clone();
        capacity = capacity.clone();
        cycle = cycle.clone();
    }

    /** A measured file's series. */
    public static GalvanostaticSeries of(MeasuredCycling measured) {
        return new GalvanostaticSeries(measured.time(), measured.current(), measured.voltage(), measured.capacity(),
                measured.cycle());
    }

    /** A cycling engine's series. */
    public static GalvanostaticSeries of(TimeSeries simulated) {
        return new GalvanostaticSeries(simulated.time(), simulated.current(), simulated.voltage(),
                simulated.capacity(), simulated.cycleIndex());
    }

    public int size() {
        return time.length;
    }
}
