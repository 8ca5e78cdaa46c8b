package org.interphase.dsl.compiler;

import java.util.List;

import org.interphase.sim.growth.GrowthInput;

/**
 * A DSL recipe as growth-engine inputs.
 *
 * @param name      the recipe's name
 * @param steps     one growth input per film-making step, in order (ALD/MLD cycles, LbL assembly)
 * @param inputs    temperatures, cycle counts and the library's growth rates, each with its source
 * @param thickness the total thickness the steps grow, m, computed by the growth engine
 */
public record CompiledRecipe(String name, List<GrowthInput> steps, List<CompiledValue> inputs,
        CompiledValue thickness) {

    public CompiledRecipe {
        steps = List.copyOf(steps);
        inputs = List.copyOf(inputs);
    }
}
