package org.interphase.sim.symmetric;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackLayer;

/**
 * A galvanostatic plating/stripping experiment on a Li | … | Li cell: constant current density whose
 * sign alternates every half-cycle, the first half-cycle stripping the left electrode. The cell's
 * temperature and area are the stack's. Everything is checked here, before any computing.
 *
 * @param stack              the cell; both electrodes must be Li metal (non-blocking)
 * @param currentDensity     i, A/m² (positive; 0.1 mA/cm² = 1 A/m²)
 * @param halfCycleTime      duration of one plating or stripping step, s
 * @param totalTime          duration of the experiment, s (at least one half-cycle)
 * @param pointsPerHalfCycle voltage samples per half-cycle, besides the one at its start (1 to 100 000);
 *                           the physics is integrated exactly, so this sets only the resolution of the curves
 * @param stackPressure      pressure on the cell, Pa; sets how fast Li creep refills voids on stripping
 * @param interphases        where interphases grow (found by the binding layer); empty for none
 * @param coatings           coatings against Li that lithiate while the cell works (found by the binding layer);
 *                           empty for none
 */
public record SymmetricCellInput(CellStack stack, double currentDensity, double halfCycleTime, double totalTime,
        int pointsPerHalfCycle, double stackPressure, List<InterphaseSite> interphases,
        List<LithiatingCoating> coatings) {

    /** Most voltage samples a run may produce: a typo in the time step must not allocate gigabytes. */
    static final long MAX_POINTS = 20_000_000;
    private static final int MAX_POINTS_PER_HALF_CYCLE = 100_000;

    /** @throws SimulationException for an impossible experiment; the message says what to change */
    public SymmetricCellInput {
        Objects.requireNonNull(stack, "cell stack");
        requireLithium(stack.left(), "left");
        requireLithium(stack.right(), "right");
        if (!Double.isFinite(currentDensity) || currentDensity <= 0) {
            throw new SimulationException("current density must be a positive number of A/m2, got " + currentDensity
                    + "; give its magnitude, the engine alternates the sign (the first half-cycle strips the left"
                    + " electrode)");
        }
        InputChecks.positive(halfCycleTime, "half-cycle time", "s");
        InputChecks.positive(totalTime, "total time", "s");
        if (halfCycleTime > totalTime) {
            throw new SimulationException("the half-cycle (" + halfCycleTime + " s) is longer than the whole"
                    + " experiment (" + totalTime + " s); shorten the half-cycle or run longer");
        }
        if (pointsPerHalfCycle < 1 || pointsPerHalfCycle > MAX_POINTS_PER_HALF_CYCLE) {
            throw new SimulationException("points per half-cycle must be 1 to " + MAX_POINTS_PER_HALF_CYCLE + ", got "
                    + pointsPerHalfCycle);
        }
        double points = Math.ceil(totalTime / halfCycleTime) * (pointsPerHalfCycle + 1.0);
        if (points > MAX_POINTS) {
            throw new SimulationException("the run would have " + (long) points + " voltage points, more than "
                    + MAX_POINTS + "; use fewer points per half-cycle (the result does not depend on them)");
        }
        InputChecks.positive(stackPressure, "stack pressure", "Pa");
        interphases = List.copyOf(interphases);
        Set<String> labels = stack.layers().stream().map(StackLayer::label).collect(Collectors.toSet());
        for (InterphaseSite site : interphases) {
            if (!labels.contains(site.reducedLayer())
                    || site.existingLayer().filter(label -> !labels.contains(label)).isPresent()) {
                throw new SimulationException("interphase " + site.label() + " refers to a layer that is not in the"
                        + " stack (layers: " + labels + "); find the sites on this stack");
            }
        }
        coatings = List.copyOf(coatings);
        for (LithiatingCoating coating : coatings) {
            if (!labels.contains(coating.layer())) {
                throw new SimulationException("lithiating coating " + coating.layer() + " is not a layer of the stack"
                        + " (layers: " + labels + "); find the coatings on this stack");
            }
        }
    }

    /** An experiment on a cell without coatings that lithiate. */
    public SymmetricCellInput(CellStack stack, double currentDensity, double halfCycleTime, double totalTime,
            int pointsPerHalfCycle, double stackPressure, List<InterphaseSite> interphases) {
        this(stack, currentDensity, halfCycleTime, totalTime, pointsPerHalfCycle, stackPressure, interphases,
                List.of());
    }

    /**
     * The same experiment given by a sampling interval instead of a point count.
     *
     * @param timeStep sampling interval, s; rounded so that a whole number of samples fits a half-cycle
     */
    public static SymmetricCellInput withTimeStep(CellStack stack, double currentDensity, double halfCycleTime,
            double totalTime, double timeStep, double stackPressure, List<InterphaseSite> interphases) {
        InputChecks.positive(timeStep, "time step", "s");
        InputChecks.positive(halfCycleTime, "half-cycle time", "s");
        double points = Math.ceil(halfCycleTime / timeStep - 1e-9);
        if (points > MAX_POINTS_PER_HALF_CYCLE) {
            throw new SimulationException("a time step of " + timeStep + " s gives " + (long) points + " points per"
                    + " half-cycle, more than " + MAX_POINTS_PER_HALF_CYCLE + "; use a longer step");
        }
        return new SymmetricCellInput(stack, currentDensity, halfCycleTime, totalTime, (int) points, stackPressure,
                interphases);
    }

    /** Number of half-cycles, the last one possibly cut short by the end of the experiment. */
    long halfCycles() {
        return (long) Math.ceil(totalTime / halfCycleTime - 1e-12);
    }

    private static void requireLithium(Electrode electrode, String side) {
        if (electrode.kind() != Electrode.Kind.NON_BLOCKING) {
            throw new SimulationException("the " + side + " electrode " + electrode.name() + " is " + electrode.kind()
                    + "; a plating/stripping cell needs Li metal on both sides (Electrode.nonBlocking)");
        }
    }
}
