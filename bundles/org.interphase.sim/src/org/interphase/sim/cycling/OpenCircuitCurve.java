package org.interphase.sim.cycling;

import java.util.Arrays;

import org.interphase.sim.SimulationException;

/**
 * The open-circuit potential of a cathode vs Li/Li⁺ as a function of its lithiation x over the
 * practical window (0 = charged end, 1 = discharged end), interpolated linearly in a table of the
 * cathode material. Linear interpolation keeps the curve monotone exactly where the table is.
 */
public final class OpenCircuitCurve {

    private final String id;
    private final double[] x;
    private final double[] u;

    /**
     * @param id         names the table in messages, e.g. "OCV-LFP-Afshar2017"
     * @param lithiation x of each point, rising
     * @param potential  U of each point, V
     * @throws SimulationException unless the table covers x = 0..1 and falls strictly with x, as an
     *                             insertion cathode's potential must
     */
    public OpenCircuitCurve(String id, double[] lithiation, double[] potential) {
        this.id = id;
        this.x = lithiation.clone();
        this.u = potential.clone();
        if (x.length != u.length || x.length < 2) {
            throw new SimulationException("open-circuit curve " + id + " needs at least two points with one"
                    + " potential each");
        }
        if (x[0] != 0 || x[x.length - 1] != 1) {
            throw new SimulationException("open-circuit curve " + id + " must run from x = 0 to x = 1 (the practical "
                    + "window), it runs from " + x[0] + " to " + x[x.length - 1]);
        }
        for (int i = 1; i < u.length; i++) {
            if (!(u[i] < u[i - 1])) {
                throw new SimulationException("open-circuit curve " + id + " must fall strictly as the cathode is "
                        + "lithiated, but rises or stays flat between x = " + x[i - 1] + " and x = " + x[i]);
            }
        }
    }

    /** The name of the table, e.g. "OCV-LFP-Afshar2017". */
    public String id() {
        return id;
    }

    /** U(x), V; x outside 0..1 is held at the ends (the table says nothing beyond them). */
    public double potential(double lithiation) {
        if (lithiation <= 0) {
            return u[0];
        }
        if (lithiation >= 1) {
            return u[u.length - 1];
        }
        int hi = Arrays.binarySearch(x, lithiation);
        if (hi >= 0) {
            return u[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        return u[lo] + (u[hi] - u[lo]) * (lithiation - x[lo]) / (x[hi] - x[lo]);
    }

    /**
     * dU/dx, V, of the table's segment that holds x (the lower one at a point of the table), negative: with the
     * cathode's capacity it gives its differential (intercalation) capacitance.
     */
    public double slope(double lithiation) {
        int hi = Arrays.binarySearch(x, Math.clamp(lithiation, 0, 1));
        hi = hi >= 0 ? Math.max(hi, 1) : -hi - 1;
        return (u[hi] - u[hi - 1]) / (x[hi] - x[hi - 1]);
    }

    /** U at the charged end (x = 0): no open-circuit voltage of the cell is higher. */
    public double maxPotential() {
        return u[0];
    }

    /** U at the discharged end (x = 1). */
    public double minPotential() {
        return u[u.length - 1];
    }
}
