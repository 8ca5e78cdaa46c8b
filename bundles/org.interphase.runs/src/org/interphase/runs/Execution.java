package org.interphase.runs;

import java.util.List;

import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.model.run.SimulationRun;

/**
 * A finished run of an experiment, not yet saved: the plan it ran, each measurement's engine output, and the
 * {@link SimulationRun} made of them.
 *
 * @param plan     the compiled experiment
 * @param measured the engines' results, one per measurement of the plan, in order
 * @param run      the run as the result views and the .iphrun file hold it
 */
public record Execution(SimulationPlan plan, List<Measured> measured, SimulationRun run) {

    public Execution {
        measured = List.copyOf(measured);
    }
}
