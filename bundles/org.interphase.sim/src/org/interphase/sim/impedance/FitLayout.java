package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * How {@link CircuitFitter} sees a circuit under {@link FitConstraints}: u = ln p for every parameter, of which the
 * free ones are the optimiser's unknowns, with the bounds and arc time-constant limits that {@link #project} enforces.
 */
final class FitLayout {

    /** The full u vector of a trial point and the indices of its free parameters. */
    record Point(double[] full, int[] free) {
    }

    /** τ of an R∥C or R∥CPE group kept within [ln τ_min, ln τ_max]; alpha is −1 for a capacitor. */
    private record Arc(int resistance, int capacitance, int alpha, double lowest, double highest) {
    }

    private final double[] template;
    private final double[] fixedValues;
    private final boolean[] fixed;
    private final int[] free;
    private final double[] lower;
    private final double[] upper;
    private final List<Arc> arcs;

    private FitLayout(double[] template, double[] fixedValues, boolean[] fixed, double[] lower, double[] upper,
            List<Arc> arcs) {
        this.template = template;
        this.fixedValues = fixedValues;
        this.fixed = fixed;
        this.lower = lower;
        this.upper = upper;
        this.arcs = arcs;
        List<Integer> freeIndices = new ArrayList<>();
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                freeIndices.add(i);
            }
        }
        this.free = freeIndices.stream().mapToInt(Integer::intValue).toArray();
    }

    static FitLayout of(Circuit circuit, FitConstraints constraints, double logLimit) {
        List<Parameter> parameters = circuit.parameters();
        int n = parameters.size();
        double[] u = new double[n];
        double[] values = circuit.parameterValues();
        double[] lower = new double[n];
        double[] upper = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            u[i] = FastMath.log(values[i]);
            lower[i] = -logLimit;
            upper[i] = FastMath.min(logLimit, FastMath.log(parameters.get(i).upperBound()));
        }
        for (Map.Entry<String, Double> entry : constraints.fixed().entrySet()) {
            int i = index(circuit, entry.getKey());
            if (!parameters.get(i).admits(entry.getValue())) {
                throw new SimulationException("fixed value " + entry.getKey() + " = " + entry.getValue()
                        + " is outside its range " + parameters.get(i).range());
            }
            fixed[i] = true;
            values[i] = entry.getValue();
            u[i] = FastMath.log(entry.getValue());
        }
        for (Map.Entry<String, FitConstraints.Bounds> entry : constraints.bounds().entrySet()) {
            bound(circuit, lower, upper, index(circuit, entry.getKey()), entry.getValue().lower(),
                    entry.getValue().upper());
        }
        List<Arc> arcs = new ArrayList<>();
        for (FitConstraints.FrequencyBounds bounds : constraints.frequencies()) {
            // τ = 1/(2πf): the highest frequency is the shortest time constant.
            double shortest = 1 / (2 * FastMath.PI * bounds.highest());
            double longest = bounds.lowest() > 0 ? 1 / (2 * FastMath.PI * bounds.lowest()) : Double.POSITIVE_INFINITY;
            Element element = element(circuit.structure(), bounds.element());
            switch (element.type()) {
                case WO, WS, G -> bound(circuit, lower, upper, index(circuit, element.parameterName(1)), shortest,
                        longest);
                case C, CPE -> arcs.add(arc(circuit, element, FastMath.log(shortest), FastMath.log(longest)));
                default -> throw new SimulationException(element.name() + " has no characteristic frequency; bound"
                        + " that of a C or CPE in parallel with a resistor, or of a Wo, Ws or G element");
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i] && (u[i] < lower[i] - 1e-12 || u[i] > upper[i] + 1e-12)) {
                throw new SimulationException("fixed value " + parameters.get(i).name() + " = " + values[i]
                        + " lies outside the bounds given for it");
            }
        }
        FitLayout layout = new FitLayout(u, values, fixed, lower, upper, List.copyOf(arcs));
        if (layout.free.length == 0) {
            throw new SimulationException("every parameter of '" + circuit + "' is fixed; leave at least one free");
        }
        return layout;
    }

    int freeCount() {
        return free.length;
    }

    boolean isFixed(int parameter) {
        return fixed[parameter];
    }

    /** The value a fixed parameter was given, exactly (e^ln p may differ in the last bit). */
    double fixedValue(int parameter) {
        return fixedValues[parameter];
    }

    /** The start, projected into the bounds. */
    double[] start() {
        return project(freeValues(template));
    }

    /** The full u vector for the optimiser's free unknowns. */
    double[] full(double[] freeU) {
        double[] u = template.clone();
        for (int j = 0; j < free.length; j++) {
            u[free[j]] = freeU[j];
        }
        return u;
    }

    Point point(double[] freeU) {
        return new Point(full(freeU), free);
    }

    /** Clamps every free unknown into its bounds and moves each bounded arc's τ back inside its limits. */
    double[] project(double[] freeU) {
        double[] u = full(freeU);
        clamp(u);
        for (Arc arc : arcs) {
            double alpha = arc.alpha < 0 ? 1 : FastMath.exp(u[arc.alpha]);
            double logTau = (u[arc.resistance] + u[arc.capacitance]) / alpha;
            double target = FastMath.max(arc.lowest, FastMath.min(arc.highest, logTau));
            if (target != logTau) {
                // ln τ = (ln R + ln Q)/α: move Q (or C) if fitted, else R.
                int moved = fixed[arc.capacitance] ? arc.resistance : arc.capacitance;
                int other = moved == arc.capacitance ? arc.resistance : arc.capacitance;
                u[moved] = alpha * target - u[other];
            }
        }
        clamp(u);
        return freeValues(u);
    }

    private void clamp(double[] u) {
        for (int i : free) {
            u[i] = FastMath.max(lower[i], FastMath.min(upper[i], u[i]));
        }
    }

    private double[] freeValues(double[] u) {
        double[] values = new double[free.length];
        for (int j = 0; j < free.length; j++) {
            values[j] = u[free[j]];
        }
        return values;
    }

    private static void bound(Circuit circuit, double[] lower, double[] upper, int i, double low, double high) {
        if (low > 0) {
            lower[i] = FastMath.max(lower[i], FastMath.log(low));
        }
        if (Double.isFinite(high)) {
            if (!(high > 0)) {
                throw new SimulationException("upper bound " + high + " admits no positive value; every circuit"
                        + " parameter is > 0");
            }
            upper[i] = FastMath.min(upper[i], FastMath.log(high));
        }
        if (lower[i] > upper[i]) {
            throw new SimulationException("the bounds of " + circuit.parameters().get(i).name() + " leave no"
                    + " admissible value in its range " + circuit.parameters().get(i).range());
        }
    }

    private static Arc arc(Circuit circuit, Element capacitive, double lowest, double highest) {
        Parallel group = parallelOf(circuit.structure(), capacitive.name());
        List<Element> resistors = group == null ? List.of() : group.branches().stream()
                .filter(branch -> branch instanceof Element e && e.type() == ElementType.R)
                .map(Element.class::cast).toList();
        if (resistors.size() != 1) {
            throw new SimulationException("the characteristic frequency of " + capacitive.name() + " needs it in"
                    + " parallel with one resistor, as in p(R1," + capacitive.name() + ")");
        }
        boolean cpe = capacitive.type() == ElementType.CPE;
        return new Arc(index(circuit, resistors.get(0).name()),
                index(circuit, capacitive.parameterName(0)),
                cpe ? index(circuit, capacitive.parameterName(1)) : -1, lowest, highest);
    }

    private static Parallel parallelOf(CircuitNode node, String element) {
        return switch (node) {
            case Element e -> null;
            case Series series -> series.parts().stream().map(part -> parallelOf(part, element))
                    .filter(p -> p != null).findFirst().orElse(null);
            case Parallel parallel -> parallel.branches().stream()
                    .anyMatch(branch -> branch instanceof Element e && e.name().equals(element)) ? parallel
                            : parallel.branches().stream().map(branch -> parallelOf(branch, element))
                                    .filter(p -> p != null).findFirst().orElse(null);
        };
    }

    private static Element element(CircuitNode node, String name) {
        Element found = find(node, name);
        if (found == null) {
            throw new SimulationException("the circuit '" + node + "' has no element '" + name + "'");
        }
        return found;
    }

    private static Element find(CircuitNode node, String name) {
        return switch (node) {
            case Element e -> e.name().equals(name) ? e : null;
            case Series series -> series.parts().stream().map(part -> find(part, name)).filter(e -> e != null)
                    .findFirst().orElse(null);
            case Parallel parallel -> parallel.branches().stream().map(branch -> find(branch, name))
                    .filter(e -> e != null).findFirst().orElse(null);
        };
    }

    private static int index(Circuit circuit, String name) {
        return Circuit.parameterIndex(circuit.structure(), name);
    }
}
