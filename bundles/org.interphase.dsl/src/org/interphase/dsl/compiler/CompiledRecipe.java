package org.interphase.dsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.interphase.sim.growth.GrowthInput;

/**
 * A DSL recipe as growth-engine inputs.
 *
 * @param name      the recipe's name
 * @param steps     one growth input per film-making step, in order (ALD/MLD cycles, LbL assembly)
 * @param inputs    temperatures, cycle counts and the library's growth rates, each with its source
 * @param thickness the total thickness the steps grow, m, computed by the growth engine
 * @param anneals   the phase changes its anneals made, in order
 */
public record CompiledRecipe(String name, List<GrowthInput> steps, List<CompiledValue> inputs,
        CompiledValue thickness, List<Annealed> anneals) {

    /**
     * An anneal that turned the film into another material of the library.
     *
     * @param from        the film before the anneal
     * @param to          the product, whose properties the film has from then on
     * @param temperature the anneal temperature, named after the change it made
     */
    public record Annealed(String from, String to, CompiledValue temperature) {
    }

    public CompiledRecipe {
        steps = List.copyOf(steps);
        inputs = List.copyOf(inputs);
        anneals = List.copyOf(anneals);
    }

    /**
     * The material a layer of {@code written} made by this recipe ends as: the product of the anneals that turned
     * it into another phase, in order; {@code written} itself if none did.
     */
    public String product(String written) {
        List<Annealed> applied = annealsOf(written);
        return applied.isEmpty() ? written : applied.get(applied.size() - 1).to();
    }

    /** The anneals that turned {@code written} into {@link #product}, in order. */
    public List<Annealed> annealsOf(String written) {
        List<Annealed> applied = new ArrayList<>();
        String material = written;
        for (Annealed anneal : anneals) {
            if (anneal.from().equals(material)) {
                applied.add(anneal);
                material = anneal.to();
            }
        }
        return applied;
    }
}
