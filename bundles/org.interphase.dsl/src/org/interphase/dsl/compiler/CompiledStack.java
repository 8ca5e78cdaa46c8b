package org.interphase.dsl.compiler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.Layer;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackLayer;

/**
 * A DSL stack as the engines see it, with every number it was built from.
 *
 * @param name   the DSL stack's name
 * @param cell   electrodes, layers, interfaces and interphases in SI units
 * @param inputs area, temperature, layer thicknesses and the layer materials' properties, each with its source
 * @param layers the engine layer each written layer between the electrodes became; a layer of no thickness is none
 */
public record CompiledStack(String name, CellStack cell, List<CompiledValue> inputs, Map<Layer, StackLayer> layers) {

    public CompiledStack {
        inputs = List.copyOf(inputs);
        layers = Map.copyOf(layers);
    }

    /**
     * The engine layer made of {@code written}: not one per written layer, as the engines' layers leave out layers
     * of no thickness and add the interphases of interfaces.
     */
    public Optional<StackLayer> layer(Layer written) {
        return Optional.ofNullable(layers.get(written));
    }
}
