package org.interphase.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.util.FastMath;
import org.interphase.sim.impedance.CircuitNode;
import org.interphase.sim.impedance.Element;
import org.interphase.sim.impedance.Parallel;
import org.interphase.sim.impedance.Series;
import org.interphase.sim.impedance.Spectrum;

/**
 * Starting values of a circuit read off a spectrum, for a fit a user asked for without giving any: a series resistor
 * takes the high-frequency intercept, the rest of the real-axis span is shared by the other resistances, and the n-th
 * of k arcs (a parallel group) gets its time constant at the n-th of k log-spaced points between 1/ω_max and 1/ω_min,
 * from which its C or CPE Q follows. A rough start that Levenberg–Marquardt refines; give values when it does not
 * converge.
 */
final class InitialGuess {

    private static final double ALPHA = 0.9;
    private static final double INDUCTANCE = 1e-7;

    private final double seriesResistance;
    private final double sharedResistance;
    private final double shortest;
    private final double longest;
    private final int arcs;
    private int arc;
    private final List<Double> values = new ArrayList<>();

    private InitialGuess(CircuitNode structure, Spectrum data) {
        double[] real = data.realParts();
        seriesResistance = FastMath.max(Arrays.stream(real).min().getAsDouble(), 1e-3);
        double span = FastMath.max(Arrays.stream(real).max().getAsDouble() - seriesResistance, seriesResistance);
        arcs = FastMath.max(1, count(structure));
        sharedResistance = span / arcs;
        double[] omegas = data.angularFrequencies();
        shortest = 1 / Arrays.stream(omegas).max().getAsDouble();
        longest = 1 / Arrays.stream(omegas).min().getAsDouble();
    }

    static double[] of(CircuitNode structure, Spectrum data) {
        InitialGuess guess = new InitialGuess(structure, data);
        guess.visit(structure, false);
        return guess.values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int count(CircuitNode node) {
        return switch (node) {
            case Element e -> 0;
            case Series series -> series.parts().stream().mapToInt(InitialGuess::count).sum();
            case Parallel parallel -> 1 + parallel.branches().stream().mapToInt(InitialGuess::count).sum();
        };
    }

    private void visit(CircuitNode node, boolean inArc) {
        switch (node) {
            case Element element -> element(element, inArc);
            case Series series -> series.parts().forEach(part -> visit(part, inArc));
            case Parallel parallel -> {
                arc++;
                parallel.branches().forEach(branch -> visit(branch, true));
            }
        }
    }

    private void element(Element element, boolean inArc) {
        double tau = shortest * FastMath.pow(longest / shortest, (FastMath.max(1, arc) - 0.5) / arcs);
        double r = inArc ? sharedResistance : seriesResistance;
        switch (element.type()) {
            case R -> values.add(r);
            case C -> values.add(tau / sharedResistance);
            case L -> values.add(INDUCTANCE);
            case CPE -> {
                values.add(FastMath.pow(tau, ALPHA) / sharedResistance);
                values.add(ALPHA);
            }
            case W -> values.add(sharedResistance / FastMath.sqrt(longest));
            case WO, WS, G -> {
                values.add(sharedResistance);
                values.add(longest);
            }
        }
    }
}
