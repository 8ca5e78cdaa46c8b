package org.interphase.sim.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.CircuitNode;
import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.FittedParameter;
import org.interphase.sim.impedance.Parameter;
import org.interphase.sim.impedance.Series;
import org.interphase.sim.impedance.Spectrum;

/**
 * Fits a measured spectrum with the circuit a stack predicts, starting from the predicted values, and reads the
 * fitted resistances back as the layer properties a user can put into the model: a layer's arc diameter R gives
 * its conductivity σ = t/(R·A) at the stack temperature. Starting from the stack's own circuit keeps every arc tied
 * to the layer or interface that makes it, which a free fit of a generic circuit cannot do.
 * <p>
 * The two faces of a symmetric cell (Li | LATP | Li) give identical arcs in series that no spectrum can tell apart:
 * fitting them separately is degenerate (one grows as the other shrinks, and no errors exist). Parts the model
 * predicts to be identical are therefore fitted as one part of m times their impedance (R·m, C/m, Q/m, Z₀·m; α and
 * τ unchanged), and each face gets 1/m of the fitted resistance.
 */
public final class StackFit {

    private final CircuitFitter fitter;

    public StackFit(CircuitFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * @param model    the simulated stack whose circuit is the initial guess
     * @param measured the measured spectrum, in the sign convention of simulated ones (Im Z < 0 for arcs)
     * @throws SimulationException if the fit does not converge or the data have fewer points than parameters
     */
    public StackFitResult fit(StackImpedance model, Spectrum measured) {
        List<Circuit> pieces = model.circuit().seriesParts();
        List<StackContribution> contributions = model.contributions();
        List<List<Integer>> groups = mirrorGroups(pieces, contributions);
        FitResult fit = fitter.fit(merged(pieces, groups, model.circuit().structure().label()), measured);
        List<StackFitResult.FittedPart> parts = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            StackContribution contribution = contributions.get(i);
            int index = i;
            List<Integer> group = groups.stream().filter(g -> g.contains(index)).findFirst().orElseThrow();
            // StackCircuitBuilder numbers every part's elements by its position (R1 ∥ C1, R2 ∥ CPE2, ...); a group
            // keeps the elements of its first part.
            Optional<FittedParameter> resistance = parameter(fit, "R" + (group.get(0) + 1));
            if (resistance.isEmpty()) {
                continue;
            }
            int m = group.size();
            FittedParameter r = resistance.get();
            double value = r.value() / m;
            OptionalDouble error = r.standardError().isPresent()
                    ? OptionalDouble.of(r.standardError().getAsDouble() / m) : OptionalDouble.empty();
            parts.add(new StackFitResult.FittedPart(contribution.label(), contribution.kind(),
                    contribution.resistance(), value, error, conductivity(model.stack(), contribution, value, error)));
        }
        return new StackFitResult(fit, parts, model.stack().temperature());
    }

    /** Indices of the parts with identical kind and parameters, in order of their first part. */
    private static List<List<Integer>> mirrorGroups(List<Circuit> pieces, List<StackContribution> contributions) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int index = i;
            groups.stream().filter(g -> identical(pieces, contributions, g.get(0), index)).findFirst()
                    .ifPresentOrElse(g -> g.add(index), () -> groups.add(new ArrayList<>(List.of(index))));
        }
        return groups;
    }

    private static boolean identical(List<Circuit> pieces, List<StackContribution> contributions, int a, int b) {
        return contributions.get(a).kind() == contributions.get(b).kind()
                && pieces.get(a).parameters().stream().map(Parameter::unit).toList()
                        .equals(pieces.get(b).parameters().stream().map(Parameter::unit).toList())
                && Arrays.equals(pieces.get(a).parameterValues(), pieces.get(b).parameterValues());
    }

    /** The circuit with each group of m identical parts replaced by its first part at m times its impedance. */
    private static Circuit merged(List<Circuit> pieces, List<List<Integer>> groups, String label) {
        List<CircuitNode> nodes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (List<Integer> group : groups) {
            Circuit first = pieces.get(group.get(0));
            nodes.add(first.structure());
            double[] own = first.parameterValues();
            for (int k = 0; k < own.length; k++) {
                values.add(own[k] * impedanceScale(first.parameters().get(k).unit(), group.size()));
            }
        }
        CircuitNode structure = nodes.size() == 1 ? nodes.get(0) : new Series(nodes, label);
        return Circuit.of(structure, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How a parameter changes when its element's impedance is multiplied by m, read from its SI unit. */
    private static double impedanceScale(String unit, int m) {
        if (unit.startsWith("Ω") || unit.equals("H")) {
            return m;
        }
        if (unit.equals("F") || unit.startsWith("S")) {
            return 1.0 / m;
        }
        return 1; // exponents and time constants
    }

    private static Optional<FittedParameter> parameter(FitResult fit, String name) {
        return fit.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The layer property an arc's resistance stands for, if the arc is a layer's bulk or grain boundary. */
    public static Optional<StackFitResult.FittedConductivity> conductivity(CellStack stack,
            StackContribution contribution, double resistance, OptionalDouble resistanceError) {
        for (StackLayer layer : stack.layers()) {
            boolean grainBoundary = contribution.label().equals(layer.label() + " grain boundary");
            boolean bulk = contribution.label().equals(layer.label())
                    || contribution.label().equals(layer.label() + " bulk");
            if (bulk || grainBoundary) {
                double sigma = layer.thickness() / (resistance * stack.area());
                // σ ∝ 1/R, so the relative error carries over unchanged to first order.
                OptionalDouble error = resistanceError.isPresent()
                        ? OptionalDouble.of(sigma * resistanceError.getAsDouble() / resistance)
                        : OptionalDouble.empty();
                return Optional.of(new StackFitResult.FittedConductivity(layer.label(), layer.material().id(),
                        grainBoundary, sigma, error));
            }
        }
        return Optional.empty();
    }
}
