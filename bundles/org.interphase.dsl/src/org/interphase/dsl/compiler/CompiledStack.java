package org.interphase.dsl.compiler;

import java.util.List;

import org.interphase.sim.stack.CellStack;

/**
 * A DSL stack as the engines see it, with every number it was built from.
 *
 * @param name   the DSL stack's name
 * @param cell   electrodes, layers, interfaces and interphases in SI units
 * @param inputs area, temperature, layer thicknesses and the layer materials' properties, each with its source
 */
public record CompiledStack(String name, CellStack cell, List<CompiledValue> inputs) {

    public CompiledStack {
        inputs = List.copyOf(inputs);
    }
}
