package org.interphase.sim.cycling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.CellCondition;

/**
 * The outcome of a cycling run: the time series, one summary per cycle and one record per step.
 *
 * @param cell              the cell's name
 * @param series            sampled time series
 * @param cycles            per-cycle summaries, in order
 * @param steps             executed steps, in order
 * @param nominalCapacityAh the capacity C-rates referred to, A h
 * @param cathodeMassKg     cathode active mass, kg (for specific capacities)
 * @param failure           why the run ended before its protocol did, if the cell failed
 * @param endState          the cell as the run leaves it (interphase thicknesses, cathode contact, Li inventory),
 *                          where the next measurement of the experiment starts
 */
public record CyclingResult(String cell, TimeSeries series, List<CycleSummary> cycles, List<StepRecord> steps,
        double nominalCapacityAh, double cathodeMassKg, Optional<CellFailure> failure, CellCondition endState) {

    public CyclingResult {
        cycles = List.copyOf(cycles);
        steps = List.copyOf(steps);
        Objects.requireNonNull(failure, "failure (empty if none)");
        Objects.requireNonNull(endState, "end state");
    }

    /**
     * The summary of cycle {@code n} (1-based).
     *
     * @throws SimulationException if the run has no such cycle
     */
    public CycleSummary cycle(int n) {
        if (n < 1 || n > cycles.size()) {
            throw new SimulationException("the run has cycles 1 to " + cycles.size() + ", not " + n);
        }
        return cycles.get(n - 1);
    }

    /** Discharge capacity of cycle {@code n} per gram of cathode active material, mAh/g. */
    public double specificDischargeCapacity(int n) {
        return cycle(n).dischargeCapacityAh() * 1000 / (cathodeMassKg * 1000);
    }

    /** Discharge capacity of cycle {@code n} relative to that of cycle {@code reference}. */
    public double retention(int n, int reference) {
        double base = cycle(reference).dischargeCapacityAh();
        if (!(base > 0)) {
            throw new SimulationException("cycle " + reference + " discharged nothing; choose a reference cycle "
                    + "with a discharge");
        }
        return cycle(n).dischargeCapacityAh() / base;
    }
}
