package org.interphase.dsl.compiler;

import java.util.List;

/**
 * What running one DSL experiment means: its measurements, in order, compiled into engine inputs. The command
 * line and the IDE run the same plan.
 *
 * @param experiment the experiment's name
 * @param stack      the stack's name
 * @param source     the DSL line of the experiment
 * @param inputs     the stack's values (area, temperature, thicknesses, material properties) with their sources;
 *                   empty when no run needs the stack's impedance model
 * @param runs       the measurements, in the order written
 */
public record SimulationPlan(String experiment, String stack, Provenance source, List<CompiledValue> inputs,
        List<CompiledRun> runs) {

    public SimulationPlan {
        inputs = List.copyOf(inputs);
        runs = List.copyOf(runs);
    }
}
