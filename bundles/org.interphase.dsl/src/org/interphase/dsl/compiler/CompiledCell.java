package org.interphase.dsl.compiler;

import java.util.List;

import org.interphase.sim.cycling.CellParameters;

/**
 * A full-cell stack as the cycling engine sees it, with every number it was built from.
 *
 * @param parameters the cycling engine's input record
 * @param inputs     area, temperature, thicknesses (with their lines) and the material and interface values the
 *                   parameters were computed from (with their sources)
 */
record CompiledCell(CellParameters parameters, List<CompiledValue> inputs) {

    CompiledCell {
        inputs = List.copyOf(inputs);
    }
}
