package org.interphase.sim.stack;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.impedance.FitResult;

/**
 * What {@link StackFit} found.
 *
 * @param fit         the circuit fit: every parameter with its standard error, and the goodness of fit
 * @param parts       the fitted resistance of every arc of the stack, in stack order
 * @param temperature K, the stack temperature the fitted conductivities hold at
 */
public record StackFitResult(FitResult fit, List<FittedPart> parts, double temperature) {

    public StackFitResult {
        parts = List.copyOf(parts);
    }

    /** The fitted conductivities of the stack's layers, in stack order. */
    public List<FittedConductivity> conductivities() {
        return parts.stream().flatMap(part -> part.conductivity().stream()).toList();
    }

    /**
     * One arc of the stack.
     *
     * @param label              e.g. "LATP bulk", "Li|LATP charge transfer"
     * @param kind               what the arc models
     * @param predictedResistance Ω, the stack model's value the fit started from
     * @param resistance         Ω, fitted
     * @param resistanceError    Ω, one standard error; empty when the data do not determine it
     * @param conductivity       the layer property the resistance gives, for a layer's arc
     */
    public record FittedPart(String label, ContributionKind kind, double predictedResistance, double resistance,
            OptionalDouble resistanceError, Optional<FittedConductivity> conductivity) {
    }

    /**
     * A layer's conductivity from its fitted arc: σ = t/(R·A).
     *
     * @param layer         the layer's label in the stack
     * @param material      the layer material's id, where the value belongs
     * @param grainBoundary whether it is the grain-boundary conductivity rather than the bulk (or total) one
     * @param value         S/m at the stack temperature
     * @param error         S/m, one standard error; empty when the data do not determine it
     */
    public record FittedConductivity(String layer, String material, boolean grainBoundary, double value,
            OptionalDouble error) {
    }
}
