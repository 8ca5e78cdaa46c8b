package org.interphase.sim.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.FittedParameter;
import org.interphase.sim.impedance.Spectrum;

/**
 * Fits a measured spectrum with the circuit a stack predicts, starting from the predicted values, and reads the
 * fitted resistances back as the layer properties a user can put into the model: a layer's arc diameter R gives
 * its conductivity σ = t/(R·A) at the stack temperature. Starting from the stack's own circuit keeps every arc tied
 * to the layer or interface that makes it, which a free fit of a generic circuit cannot do.
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
        FitResult fit = fitter.fit(model.circuit(), measured);
        List<StackFitResult.FittedPart> parts = new ArrayList<>();
        List<StackContribution> contributions = model.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            StackContribution contribution = contributions.get(i);
            // StackCircuitBuilder numbers every part's elements by its position (R1 ∥ C1, R2 ∥ CPE2, ...).
            Optional<FittedParameter> resistance = parameter(fit, "R" + (i + 1));
            if (resistance.isEmpty()) {
                continue;
            }
            FittedParameter r = resistance.get();
            parts.add(new StackFitResult.FittedPart(contribution.label(), contribution.kind(), contribution.resistance(),
                    r.value(), r.standardError(), conductivity(model.stack(), contribution, r)));
        }
        return new StackFitResult(fit, parts, model.stack().temperature());
    }

    private static Optional<FittedParameter> parameter(FitResult fit, String name) {
        return fit.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The layer property an arc's resistance stands for, if the arc is a layer's bulk or grain boundary. */
    private static Optional<StackFitResult.FittedConductivity> conductivity(CellStack stack,
            StackContribution contribution, FittedParameter r) {
        for (StackLayer layer : stack.layers()) {
            boolean grainBoundary = contribution.label().equals(layer.label() + " grain boundary");
            boolean bulk = contribution.label().equals(layer.label())
                    || contribution.label().equals(layer.label() + " bulk");
            if (bulk || grainBoundary) {
                double sigma = layer.thickness() / (r.value() * stack.area());
                // σ ∝ 1/R, so the relative error carries over unchanged to first order.
                OptionalDouble error = r.standardError().isPresent()
                        ? OptionalDouble.of(sigma * r.standardError().getAsDouble() / r.value())
                        : OptionalDouble.empty();
                return Optional.of(new StackFitResult.FittedConductivity(layer.label(), layer.material().id(),
                        grainBoundary, sigma, error));
            }
        }
        return Optional.empty();
    }
}
